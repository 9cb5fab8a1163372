# Interface de policyc en français : le catalogue des messages que le programme affiche autour
# d’une politique de confidentialité (pages de la politique, site d’archives, bandeaux, résumé,
# avis de modification par courrier électronique, durées et description de chaque modification).
# Il correspond message par message à en.ftl : les identifiants et les variables sont inchangés,
# seuls les textes sont traduits.
#
# Syntaxe Project Fluent (https://projectfluent.org/fluent/guide/). Typographie française :
# espace fine insécable (U+202F) avant « : » et « ; », et à l’intérieur des guillemets « ».

# Le nom de la langue de ce catalogue, dans cette langue (les menus de langues l’affichent).
language-self = Français

# ---------------------------------------------------------------- modifications (table des règles du diff)
# Un message par ligne de src/diff/rules/table.rs : change-CLÉ--ÉVÉNEMENT.
change-policy_id--changed = Identifiant de la politique modifié : désormais { $new } (auparavant : { $old })
change-policy_languages--items-added = La politique est désormais publiée également en : { $what }
change-policy_languages--items-removed = La politique n’est plus publiée en : { $what }
change-policy_binding--items-added = Traduction ayant désormais force obligatoire : { $what }
change-policy_binding--items-removed = Traduction n’ayant plus force obligatoire : { $what }
change-policy_authoritative--changed = Langue faisant foi modifiée : désormais { $new } (auparavant : { $old })
change-policy_numbering--changed = Mode de numérotation des sections modifié : désormais { $new } (auparavant : { $old })
change-section--added = Section ajoutée : { $fact }
change-section--added-near-facts = Section ajoutée (sujets traités à cet endroit de la politique : { $subjects }) : { $fact }
change-section--removed = Section supprimée : { $fact }
change-section--removed-near-facts = Section supprimée (sujets traités à cet endroit de la politique : { $subjects }) : { $fact }
change-section_number--changed = Numérotation de la section { $fact } modifiée : { $old } → { $new }
change-prose--added = Texte ajouté : { $what }
change-prose--added-near-facts = Texte ajouté (sujets traités à cet endroit de la politique : { $subjects }) : { $what }
change-prose--removed = Texte supprimé : { $what }
change-prose--removed-near-facts = Texte supprimé (sujets traités à cet endroit de la politique : { $subjects }) : { $what }
change-list_marker--changed = Marqueurs de liste modifiés : désormais { $new } (auparavant : { $old })
change-table--added = Tableau ajouté : { $what }
change-table--added-near-facts = Tableau ajouté (sujets traités à cet endroit de la politique : { $subjects }) : { $what }
change-table--removed = Tableau supprimé : { $what }
change-table--removed-near-facts = Tableau supprimé (sujets traités à cet endroit de la politique : { $subjects }) : { $what }
change-table_row--added = Ligne de tableau ajoutée : { $what }
change-table_row--added-near-facts = Ligne de tableau ajoutée (sujets traités à cet endroit de la politique : { $subjects }) : { $what }
change-table_row--removed = Ligne de tableau supprimée : { $what }
change-table_row--removed-near-facts = Ligne de tableau supprimée (sujets traités à cet endroit de la politique : { $subjects }) : { $what }
change-table_cell--changed = { $what } indique désormais { $new } (auparavant : { $old })
change-term_label--changed = Libellé du terme { $fact } modifié : désormais { $new } (auparavant : { $old })
change-controller--added = Nouveau responsable du traitement : { $fact }
change-controller--removed = Responsable du traitement supprimé : { $fact }
change-controller_name--changed = Responsable du traitement renommé : désormais { $new } (auparavant : { $old })
change-controller_group--set = { $fact } : appartenance à { $new } désormais indiquée
change-controller_group--changed = { $fact } : appartient désormais à { $new } (auparavant : { $old })
change-controller_group--unset = { $fact } : l’appartenance à { $old } n’est plus indiquée
change-joint-controller--added = Nouveau responsable conjoint du traitement : { $fact }
change-joint-controller--removed = Responsable conjoint du traitement supprimé : { $fact }
change-joint-controller_name--changed = Responsable conjoint du traitement renommé : désormais { $new } (auparavant : { $old })
change-joint-controller_purposes--items-added = { $fact } est désormais aussi responsable conjoint du traitement pour les finalités suivantes : { $what }
change-joint-controller_purposes--items-removed = { $fact } n’est plus responsable conjoint du traitement pour les finalités suivantes : { $what }
change-joint-controller_items--items-added = { $fact } reçoit des données à caractère personnel : { $what }
change-service--added = Nouveau service couvert : { $fact }
change-service--removed = Service qui n’est plus couvert : { $fact }
change-collect--added = Nouvelle collecte de données à caractère personnel : { $fact } ({ $what })
change-collect--removed = Collecte de données à caractère personnel supprimée : { $fact } ({ $what })
change-collect_items--items-added = { $fact } : nouvelles données à caractère personnel collectées : { $what }
change-collect_items--items-removed = { $fact } : données à caractère personnel qui ne sont plus collectées : { $what }
change-collect_purposes--items-added = { $fact } : nouvelles finalités : { $what }
change-collect_purposes--items-removed = { $fact } : finalités supprimées : { $what }
change-collect_necessity--decreased = { $fact } : données désormais nécessaires ; refuser de les fournir bloque désormais la fonctionnalité
change-collect_necessity--increased = { $fact } : données désormais facultatives ; refuser de les fournir ne bloque plus la fonctionnalité
change-purpose--added = Nouvelle finalité du traitement : { $fact }
change-purpose--removed = Finalité du traitement supprimée : { $fact }
change-cookies--added = Nouvelle utilisation de cookies : { $fact }
change-cookies--removed = Mention relative aux cookies supprimée : { $fact }
change-cookies_no-cross-site-tracking--disabled = Le suivi intersites n’est plus exclu
change-recipient--added-new-kind = Nouveau type de destinataire : { $fact }
change-recipient--added = Nouveau destinataire : { $fact }
change-recipient--removed = Destinataire supprimé : { $fact }
change-recipient_kind--changed = Type de destinataire modifié : désormais { $new } (auparavant : { $old })
change-recipient_name--set = { $fact } : le destinataire est désormais nommé : { $new }
change-recipient_name--changed = { $fact } : le destinataire est désormais { $new } (auparavant : { $old })
change-recipient_name--unset = { $fact } : le destinataire n’est plus nommé (auparavant : { $old })
change-recipient_country--set = { $fact } : pays d’établissement désormais indiqué : { $new }
change-recipient_country--changed = { $fact } : pays d’établissement modifié, désormais { $new } (auparavant : { $old })
change-recipient_country--unset = { $fact } : le pays d’établissement n’est plus indiqué (auparavant : { $old })
change-recipient_purposes--items-added = { $fact } : reçoit désormais des données à caractère personnel également pour les finalités suivantes : { $what }
change-recipient_purposes--items-removed = { $fact } : ne reçoit plus de données à caractère personnel pour les finalités suivantes : { $what }
change-transfer--added = Nouveau transfert transfrontalier : { $fact }
change-transfer--removed = Transfert transfrontalier supprimé : { $fact }
change-transfer_to--items-added = Nouvelle destination de transfert : { $what }
change-transfer_to--items-removed = Destination de transfert supprimée : { $what }
change-storage--added = Nouveau lieu de stockage : { $fact }
change-storage--removed = Lieu de stockage supprimé : { $fact }
change-storage_location--items-added = Les données à caractère personnel sont désormais également stockées dans les lieux suivants : { $what }
change-storage_location--items-removed = Les données à caractère personnel ne sont plus stockées dans les lieux suivants : { $what }
change-right--added = Nouveau droit : { $fact }
change-right--removed = Droit supprimé : { $fact }
change-right_kind--changed = Droit remplacé : { $old } → { $new }
change-right_channels--channel-withdrawn = { $fact } : ne peut plus être exercé par { $what }
change-right_channels--channel-changed = { $fact } : canaux modifiés, désormais { $new } (auparavant : { $old })
change-right_channels--channel-added = { $fact } : nouveaux canaux : { $what }
change-right_respond-within--lengthened = { $fact } : délai de réponse allongé, désormais { $new } (auparavant : { $old })
change-right_respond-within--unset = { $fact } : le délai de réponse n’est plus promis (auparavant : { $old })
change-right_respond-within--shortened = { $fact } : délai de réponse raccourci, désormais { $new } (auparavant : { $old })
change-right_respond-within--set = { $fact } : délai de réponse désormais promis : { $new }
change-right_when--case-added = { $fact } : nouveau cas dans lequel le droit s’applique : { $what }
change-right_when--case-removed = { $fact } : ne s’applique plus dans ce cas : { $what }
change-right_when--narrowed = { $fact } : s’applique désormais uniquement dans les cas suivants : { $what }
change-right_when--widened = { $fact } : n’est plus limité aux cas qui étaient énumérés : { $what }
change-right_except--case-added = { $fact } : nouveau cas dans lequel une demande peut être refusée : { $what }
change-right_except--case-removed = { $fact } : une demande ne peut plus être refusée dans ce cas : { $what }
change-right_jurisdictions--narrowed = { $fact } : ne s’applique désormais qu’aux territoires suivants : { $new } (auparavant : { $old })
change-requests--added = Nouvelle règle de traitement des demandes : { $fact }
change-requests--removed = Règle de traitement des demandes supprimée : { $fact }
change-requests_respond-within--lengthened = { $fact } : délai de réponse allongé, désormais { $new } (auparavant : { $old })
change-requests_respond-within--unset = { $fact } : le délai de réponse n’est plus promis (auparavant : { $old })
change-requests_respond-within--shortened = { $fact } : délai de réponse raccourci, désormais { $new } (auparavant : { $old })
change-requests_verify-identity--enabled = { $fact } : les demandes exigent désormais un justificatif d’identité
change-requests_verify-identity--disabled = { $fact } : les demandes n’exigent plus de justificatif d’identité
change-requests_except--case-added = { $fact } : nouveau cas dans lequel les demandes ne reçoivent aucune réponse : { $what }
change-requests_except--case-removed = { $fact } : les demandes reçoivent désormais une réponse dans ce cas : { $what }
change-requests_channels--channel-withdrawn = { $fact } : les demandes ne peuvent plus être présentées par { $what }
change-requests_jurisdictions--narrowed = { $fact } : ne s’applique désormais qu’aux territoires suivants : { $new } (auparavant : { $old })
change-consent--added = Nouvelle règle relative au consentement : { $fact }
change-consent--removed = Règle relative au consentement supprimée : { $fact }
change-consent_exceptions--case-added = Nouveau cas dans lequel votre consentement n’est pas recueilli : { $what }
change-consent_exceptions--case-removed = Votre consentement est désormais recueilli dans ce cas : { $what }
change-consent_jurisdictions--narrowed = { $fact } : ne s’applique désormais qu’aux territoires suivants : { $new } (auparavant : { $old })
change-minors--added = Nouvelle mesure de protection des mineurs : { $fact }
change-minors--removed = Mesure de protection des mineurs supprimée : { $fact }
change-minors_age--decreased = Seuil d’âge de protection des mineurs abaissé : désormais { $new } (auparavant : { $old })
change-minors_age--increased = Seuil d’âge de protection des mineurs relevé : désormais { $new } (auparavant : { $old })
change-minors_parental-consent--disabled = { $fact } : le consentement parental n’est plus requis
change-minors_parental-consent--enabled = { $fact } : le consentement parental est désormais requis
change-minors_no-service--disabled = { $fact } : des services leur sont désormais proposés
change-minors_no-service--enabled = { $fact } : les services ne leur sont plus proposés
change-minors_jurisdictions--narrowed = { $fact } : ne s’applique désormais qu’aux territoires suivants : { $new } (auparavant : { $old })
change-cookies--removed-protection = Mention relative aux cookies supprimée, ainsi que les moyens de refuser les cookies qu’elle indiquait : { $what }
change-cookies_refuse--items-removed = Moyen de refuser les cookies qui n’est plus proposé : { $what }
change-cookies_refuse--items-added = Nouveau moyen de refuser les cookies : { $what }
change-cookies_do-not-track--decreased = Les signaux « Do Not Track » ne sont plus respectés
change-cookies_do-not-track--increased = Les signaux « Do Not Track » sont désormais respectés
change-changes_consent-for-reduction--disabled = L’engagement de ne pas réduire vos droits sans votre consentement explicite est retiré
change-changes_consent-for-reduction--enabled = L’engagement de ne pas réduire vos droits sans votre consentement explicite est pris
change-changes--removed-protection = L’engagement relatif aux modifications est supprimé, et avec lui l’engagement de ne pas réduire vos droits sans votre consentement explicite
change-requests_respond-within-for--lengthened = { $fact } : délai de réponse aux demandes ({ $what }) allongé, désormais { $new } (auparavant : { $old })
change-requests_respond-within-for--unset = { $fact } : le délai de réponse aux demandes ({ $what }) n’est plus promis (auparavant : { $old })
change-requests_respond-within-for--shortened = { $fact } : délai de réponse aux demandes ({ $what }) raccourci, désormais { $new } (auparavant : { $old })
change-requests_respond-within-for--set = { $fact } : délai de réponse aux demandes ({ $what }) désormais promis : { $new }
change-requests_respond-within-for--restated = { $fact } : délai de réponse aux demandes ({ $what }) reformulé, désormais { $new } (auparavant : { $old } ; durée identique)
change-requests_respond-within-for--changed = { $fact } : délai de réponse aux demandes ({ $what }) formulé autrement, toujours { $new }
change-changes_notify-on--decreased = Les modifications ne sont désormais annoncées que si elles sont substantielles (auparavant : { $old })
change-changes_notify-on--increased = Toute modification est désormais annoncée (auparavant : { $old })
change-changes_notify-on--unset = L’engagement précisant quelles modifications sont annoncées est retiré (auparavant : { $old })
change-changes_notify-on--set = Les modifications annoncées font désormais l’objet d’un engagement : { $new }
change-promise--added = Nouvel engagement : { $fact }
change-promise--removed = Engagement retiré : { $fact }
change-promise_kind--changed = Engagement remplacé : { $old } → { $new }
change-promise_except--case-added = { $fact } : nouveau cas dans lequel l’engagement ne s’applique pas : { $what }
change-promise_except--case-removed = { $fact } : l’engagement s’applique désormais aussi dans ce cas : { $what }
change-promise_items--narrowed = { $fact } : ne couvre désormais que les éléments suivants : { $new } (auparavant : { $old })
change-promise_items--widened = { $fact } : couvre désormais les éléments suivants : { $new } (auparavant : { $old })
change-promise_items--items-removed = { $fact } : ne couvre plus les éléments suivants : { $what }
change-promise_items--items-added = { $fact } : couvre désormais aussi les éléments suivants : { $what }
change-promise_regions--items-added = { $fact } : les données à caractère personnel peuvent désormais aussi être transférées vers les régions suivantes : { $what }
change-promise_regions--items-removed = { $fact } : les données à caractère personnel ne peuvent désormais plus être transférées vers les régions suivantes : { $what }
change-promise_jurisdictions--narrowed = { $fact } : ne s’applique désormais qu’aux territoires suivants : { $new } (auparavant : { $old })
change-changelog--added = Entrée du journal des modifications ajoutée pour { $fact } : { $what }
change-changelog--removed = Entrée du journal des modifications supprimée pour { $fact } : { $what }
change-changelog--changed = Entrée du journal des modifications reformulée pour { $fact } : { $what }
change-jurisdiction_regions--items-removed = { $fact } : régions supprimées : { $what } ; les droits réservés à ce territoire bénéficient désormais à moins de personnes
change-contact--added = Nouveau point de contact : { $fact }
change-contact--removed = Point de contact supprimé : { $fact }
change-contact--channel-withdrawn = { $fact } ne permet plus d’exercer par { $what } les droits suivants : { $rights }
change-contact_complaints--disabled = { $fact } ne reçoit plus les réclamations
change-contact_complaints--enabled = { $fact } reçoit désormais les réclamations
change-contact_respond-within--lengthened = { $fact } : délai de réponse allongé, désormais { $new } (auparavant : { $old })
change-contact_respond-within--unset = { $fact } : le délai de réponse n’est plus promis (auparavant : { $old })
change-representative--added = Nouveau représentant local : { $fact }
change-representative--removed = Représentant local supprimé : { $fact }
change-authority--added = Nouvelle autorité de contrôle ou instance de réclamation : { $fact }
change-authority--removed = Autorité de contrôle ou instance de réclamation supprimée : { $fact }
change-authority--channel-withdrawn = Il n’est plus possible de contacter { $fact } par { $what } pour exercer les droits suivants : { $rights }
change-assessment--added-high-risk = Une analyse d’impact fait état d’un risque élevé : { $fact }
change-assessment_risk--became-high = { $fact } fait désormais état d’un risque élevé (auparavant : { $old })
change-security_measures--items-added = Nouvelles mesures de sécurité : { $what }
change-security_measures--items-removed = Mesures de sécurité qui ne sont plus mentionnées : { $what }
change-any--added = Ajout : { $fact }
change-any--added-new-kind = Ajout : { $fact }
change-any--added-high-risk = Ajout : { $fact }
change-any--added-near-facts = Ajout : { $fact }
change-any--removed = Suppression : { $fact }
change-any--removed-protection = Suppression : { $fact }
change-any--removed-near-facts = Suppression : { $fact }
change-any--moved = Déplacement : { $fact } ({ $old } → { $new })
change-any--reordered = Ordre modifié : { $fact }
change-any--renumbered = Nouvelle numérotation : { $fact } ({ $old } → { $new })
change-any--changed = { $fact } : { $field } : désormais { $new } (auparavant : { $old })
change-any--set = { $fact } : { $field } : désormais { $new } (auparavant : non précisé)
change-any--unset = { $fact } : { $field } : désormais non précisé (auparavant : { $old })
change-any--enabled = { $fact } : désormais avec { $field }
change-any--disabled = { $fact } : désormais sans { $field }
change-any--items-added = { $fact } : { $field } : éléments ajoutés : { $what }
change-any--items-removed = { $fact } : { $field } : éléments supprimés : { $what }
change-any--increased = { $fact } : { $field } : désormais { $new } (auparavant : { $old })
change-any--decreased = { $fact } : { $field } : désormais { $new } (auparavant : { $old })
change-any--became-high = { $fact } : { $field } : désormais { $new } (auparavant : { $old })
change-any--lengthened = { $fact } : { $field } : durée allongée, désormais { $new } (auparavant : { $old })
change-any--shortened = { $fact } : { $field } : durée raccourcie, désormais { $new } (auparavant : { $old })
change-any--restated = { $fact } : { $field } : reformulation, désormais { $new } (auparavant : { $old } ; durée identique)
change-any--case-added = { $fact } : { $field } : cas ajouté : { $what }
change-any--case-removed = { $fact } : { $field } : cas supprimé : { $what }
change-any--narrowed = { $fact } : portée restreinte, désormais { $new } (auparavant : { $old })
change-any--widened = { $fact } : portée étendue, désormais { $new } (auparavant : { $old })
change-any--channel-added = { $fact } : nouveaux canaux : { $what }
change-any--channel-changed = { $fact } : canaux modifiés, désormais { $new } (auparavant : { $old })
change-any--channel-withdrawn = { $fact } : canaux qui ne sont plus proposés : { $what }
change-any--reworded = Formulation modifiée : { $what }
change-any--reworded-near-facts = Formulation modifiée (sujets traités à cet endroit de la politique : { $subjects }) : { $what }
change-any--typographic = Correction typographique : { $what }
change-any--translation-only = Seule la traduction en { $lang } a été modifiée : { $what }
change-any--unclassified = Autre modification de la structure du document
change-any--evidence-service-model = { $action } : { $what } ({ $evidence })
change-any--evidence-ownership = { $action } : { $what } ({ $evidence })
change-any--evidence-recipients = { $action } : { $what } ({ $evidence })
change-any--evidence-rights = { $action } : { $what } ({ $evidence })
change-any--evidence-contact = { $action } : { $what } ({ $evidence })
change-any--evidence-risk-assessment = { $action } : { $what } ({ $evidence })
change-any--evidence-rights-reduced = { $action } : { $what } ({ $evidence })

# ---------------------------------------------------------------- pages de la politique (gabarits : labels.NOM)
page-contents = Sommaire
page-summary = En bref
page-collected = Les données que nous collectons
page-purposes = Pourquoi nous les utilisons
page-recipients = Qui les reçoit
page-responsible = Qui est responsable
page-rights = Vos droits et nos délais de réponse
page-contacts = Qui contacter
page-released = Publication
page-updated = Dernière mise à jour
page-effective = Entrée en vigueur
page-version = Version
page-languages = Langues
page-not-stated = non précisé
page-summary-note = Ce résumé est généré à partir de la politique ci-dessous ; seule la politique elle-même fait foi.
# Ce qui déplie le résumé, replié pour que le contenu de la politique commence près du haut de
# l’écran d’un téléphone.
page-summary-open = Afficher le résumé
page-back-to-top = Retour en haut de page
# Le premier lien d’une page de politique, vers le texte de la politique (masqué tant qu’il n’a
# pas le focus).
page-skip = Aller au texte de la politique
page-promises = Nos engagements
page-changelog = Modifications de la présente politique
page-colon = {"\u202F: "}
page-open = {" ("}
page-close = {")"}

# ---------------------------------------------------------------- le site (gabarits : words.NOM)
site-skip = Aller au contenu
site-breadcrumb = Fil d’Ariane
site-languages = Langues
site-home = Accueil
site-policies = Politiques
site-version = Version
site-current-version = Version en vigueur
site-effective = Entrée en vigueur
site-published = Publication
site-updated = Dernière mise à jour
site-status = Statut
site-severity = Modification
site-rules = Ce que concernent les modifications
site-summary = Résumé
site-author-summary = Selon l’éditeur
site-all-versions = Toutes les versions et modifications
site-changelog = Versions et modifications
site-changelog-intro = Toutes les versions publiées de la présente politique, de la plus récente à la plus ancienne. Chacune renvoie à son texte intégral et aux modifications apportées depuis la version précédente.
site-what-changed = Modifications apportées
# Le lien d’une version archivée vers la page de tout ce qui a changé depuis, jusqu’à la version
# en vigueur aujourd’hui, et l’intitulé de cette page dans le fil d’Ariane.
site-since = Modifications apportées depuis cette version
# Le titre de cette page ($version : la version archivée dont elle part).
site-since-title = Modifications apportées depuis la version { $version }
# Sous ce titre : ce que la page compare ($version : la version archivée ; $current : la version
# en vigueur aujourd’hui ; $count : le nombre de versions publiées après $version, jusqu’à
# $current incluse). Ses modifications sont classées selon la plus importante d’entre elles.
# En français, « one » couvre 0 et 1 ; $count vaut toujours au moins 1.
site-since-compared = Comparaison de la version { $version } avec la version en vigueur aujourd’hui ({ $current }). { PLURAL($count) ->
        [one] Une seule version a été publiée depuis.
       *[other] { $count } versions ont été publiées depuis : leurs modifications sont présentées ensemble, et le niveau retenu est celui de la plus importante.
    }
site-read-version = Lire cette version
site-read-current = Lire la version en vigueur
site-previous-version = Version précédente
site-periods = Version applicable selon la période
site-periods-intro = Pour trouver la version applicable à une date donnée (par exemple le jour de votre inscription), repérez la période qui la contient.
site-from = Du
site-until = Au
site-until-now = jusqu’à nouvel ordre
site-never-in-effect = remplacée avant son entrée en vigueur
site-feed = Flux Atom des nouvelles versions
site-legend = Le texte supprimé est barré ; le texte inséré est souligné.
site-deleted = supprimé
site-inserted = inséré
site-no-changes = Aucune modification visible pour le lecteur.
site-not-found = Page introuvable
site-not-found-text = Il n’existe aucune page à cette adresse. La liste des politiques figure sur la page d’accueil.
site-notice = Modification importante
site-upcoming-notice = Modification à venir
site-superseded-notice = Version remplacée
site-generated = Généré par policyc à partir des archives des politiques.
# À qui appartient la politique dont traite une page, dans les titres, le fil d’Ariane, les fiches
# de la page d’accueil et les flux : $publisher est le nom du responsable du traitement (ou les
# noms, reliés par « et »), $title le titre propre de la politique (« Politique de confidentialité »).
# Utilisé seulement quand le titre ne nomme pas déjà l’éditeur de la politique.
site-policy-title = { $title } de { $publisher }
# Imprimé sous l’en-tête d’une version (sur papier seulement) : l’adresse où la version reste lisible.
site-permanent-address = Adresse web permanente de cette version
# Le titre de la page des modifications d’une version, pour le lecteur ($severity : consent, major,
# minor, editorial, none ; $date : le jour d’entrée en vigueur de la version, déjà écrit au format
# de date français, « 1 mars 2024 »).
site-headline = { $severity ->
    [consent] Modification importante qui nécessite votre consentement, en vigueur à compter du { $date } : ce que cela change pour vous
    [major] Modification importante, en vigueur à compter du { $date } : ce que cela change pour vous
    [minor] Modifications mineures, en vigueur à compter du { $date }
    [editorial] Simples modifications de formulation, en vigueur à compter du { $date } : ce que nous faisons de vos données ne change pas
   *[none] Première version, en vigueur à compter du { $date }
}
# Une phrase qui donne les principales modifications d’une version, dans l’historique des versions
# et le flux ($topics : les sujets de ses modifications, rule-topic reliés par « et »).
site-key-changes = Principales modifications : { $topics }.
site-colon = {"\u202F: "}
site-comma = {", "}
site-open = {" ("}
site-close = {")"}
# Le niveau d’une modification tel qu’un badge l’affiche ($id : none, editorial, minor, major, consent).
severity = { $id ->
    [none] Première version
    [editorial] Rédactionnelle
    [minor] Mineure
    [major] Majeure
   *[consent] Nécessite votre consentement
}
# Une règle du diff telle que les lecteurs la voient : le sujet d’une modification, sous forme de
# titre dans les mots du lecteur (historique des versions, pages des modifications et flux du site ;
# jamais l’identifiant de la règle). Titres en minuscules après la majuscule initiale, sans point.
rule-name = { $id ->
    [service-model] Ce que nous collectons et pourquoi
    [ownership] Qui est responsable de vos données
    [recipients] Qui reçoit vos données
    [rights] Vos droits et comment les exercer
    [contact] Comment nous contacter
    [risk-assessment] Les risques pour vos données
   *[rights-reduced] Les droits que vous perdez
}
# Le même sujet dans une phrase (après le deux-points de site-key-changes, dans une liste reliée
# par « et ») : les mêmes mots que rule-name, sans majuscule initiale.
rule-topic = { $id ->
    [service-model] ce que nous collectons et pourquoi
    [ownership] qui est responsable de vos données
    [recipients] qui reçoit vos données
    [rights] vos droits et comment les exercer
    [contact] comment nous contacter
    [risk-assessment] les risques pour vos données
   *[rights-reduced] les droits que vous perdez
}
# Une ligne sous rule-name sur une page des modifications : ce que recouvre une modification de ce
# sujet.
rule-meaning = { $id ->
    [service-model] Les données à caractère personnel que nous collectons, les fins auxquelles nous les utilisons et leur durée de conservation.
    [ownership] L’organisme responsable de vos données, par exemple en cas de fusion, d’acquisition ou de faillite.
    [recipients] Les organismes avec lesquels nous partageons vos données ou auxquels nous les communiquons, et les lieux où elles sont envoyées.
    [rights] Comment consulter, rectifier, effacer ou transférer vos données, retirer votre consentement ou adresser une réclamation, et dans quel délai nous vous répondons.
    [contact] Qui contacter au sujet de vos données, et comment : le service compétent, le délégué à la protection des données et leurs coordonnées.
    [risk-assessment] Les conclusions de notre analyse des risques pour vos données.
   *[rights-reduced] Une modification qui supprime ou restreint un droit dont vous disposiez : elle ne vous est pas applicable sans votre consentement explicite.
}
# Le statut d’une version.
version-status = { $id ->
    [current] En vigueur
    [upcoming] À venir
   *[superseded] Remplacée
}
# Ce qui est arrivé à un élément modifié.
change-kind = { $id ->
    [added] ajouté
    [removed] supprimé
    [moved] déplacé
   *[changed] modifié
}
banner-version = Version { $version }
banner-changes-in = Modifications apportées par la version { $version }
banner-compared-with = Par rapport à la version précédente ({ $previous }).
# Un groupe de modifications sur une page de comparaison, avec leur nombre.
changes-group = { $severity ->
    [consent] Modifications nécessitant votre consentement explicite
    [major] Modifications majeures
    [minor] Modifications mineures
   *[editorial] Modifications rédactionnelles
} ({ $count })
banner-notice-major = Des modifications de la présente politique qui requièrent votre attention sont entrées en vigueur le { $date }.
banner-notice-consent = Des modifications de la présente politique entrées en vigueur le { $date } réduisent vos droits : elles ne vous sont pas applicables sans votre consentement explicite.
banner-upcoming = Une nouvelle version de la présente politique, la version { $version }, entrera en vigueur le { $date }.
banner-upcoming-self = Cette version entrera en vigueur le { $date }. D’ici là, la version actuellement en vigueur continue de s’appliquer.
banner-upcoming-first = La présente politique entrera en vigueur le { $date }.
banner-superseded = Cette version n’est plus en vigueur : elle a été remplacée par la version { $successor }, entrée en vigueur le { $date }.
feed-title = { $policy } : nouvelles versions
# $rules est vide ou feed-entry-rules.
feed-entry-title = Version { $version } : { $severity }{ $rules }
feed-entry-rules = {" "}({ $rules })
feed-entry-text =
    { $summary }

    Entrée en vigueur le { $date }.

# ---------------------------------------------------------------- pages de la politique : le résumé
# Entre les précisions d’une ligne du résumé.
summary-separator = {"\u202F; "}
# Si la fourniture des données est obligatoire ($necessity : necessary, optional).
summary-necessity = { $necessity ->
    [necessary] nécessaires
   *[optional] facultatives : vous pouvez refuser de les fournir
}
# La provenance des données ($source : user, automatic, third-party).
summary-source = { $source ->
    [user] fournies par vous
    [automatic] collectées automatiquement
   *[third-party] obtenues auprès de tiers
}
summary-processor = traitées pour le compte des clients
# Ce qu’un destinataire fait des données ($activity : entrusted, sharing, transfer, disclosure).
summary-activity = { $activity ->
    [entrusted] sous-traitance
    [sharing] partage
    [transfer] cession
   *[disclosure] divulgation publique
}
# Un droit limité à certains territoires : le nom du droit, puis les territoires où il s’applique.
summary-right-in = { $right } ({ $places })
# $time est une durée (« un mois », « 15 jours ouvrés »).
summary-answered-within = délai de réponse : { $time }
summary-answers-within = délai de réponse : { $time }
# Les données visées par un engagement négatif ($items : une liste de catégories de données).
summary-concerning = concernant les données suivantes : { $items }
summary-applies-in = territoires concernés : { $places }
summary-with-exceptions = sous réserve d’exceptions
summary-notice-title = Information sur les modifications
# Les modifications qui font l’objet d’une information ($scope : every, material).
summary-notice-scope = { $scope ->
    [every] pour toute modification
   *[material] uniquement pour les modifications substantielles
}

# ---------------------------------------------------------------- pages de la politique : les parties
party-for-purposes = pour les finalités suivantes : { $purposes }
party-part-of = appartient à { $group }
# Le rôle d’un responsable qui ne nomme aucun groupe ($role : controller, processor).
party-role = { $role ->
    [controller] le responsable du traitement
   *[processor] le sous-traitant
}
party-receives = reçoit les données suivantes : { $items }
party-joint-controller = responsable conjoint du traitement avec nous pour les finalités suivantes : { $purposes }
# La loi en vertu de laquelle un représentant est désigné ($law : gdpr, uk-gdpr, pipl, pipa).
party-representative = { $law ->
    [gdpr] représentant dans l’Union européenne au titre de l’article 27 du RGPD
    [uk-gdpr] représentant au Royaume-Uni au titre de l’article 27 du RGPD britannique (UK GDPR)
    [pipl] représentant en Chine au titre de l’article 53 de la loi chinoise sur la protection des informations personnelles (PIPL)
   *[pipa] représentant local en Corée au titre de la loi coréenne sur la protection des informations personnelles (PIPA)
}
party-complain-to-it = vous pouvez lui adresser une réclamation

# ---------------------------------------------------------------- pages de la politique : le texte
# Le nom d’une langue ($language : la sous-étiquette principale, en, zh, fr... ; $tag : l’étiquette complète).
language-name = { $language ->
    [en] anglais
    [zh] chinois
    [fr] français
    [de] allemand
    [es] espagnol
    [ja] japonais
    [ko] coréen
    [pt] portugais
   *[other] { $tag }
}
# Après un paragraphe dont la traduction a été faite à partir d’une version antérieure du texte
# faisant foi ($language : le nom de la langue faisant foi, tiré de language-name).
stale-translation = Cette traduction n’a pas encore été mise à jour ; c’est la version en { $language } qui fait foi
# Un renvoi à une section : $number tel que la politique le numérote (« (8) », « 2.1 »), $digits
# le même sans parenthèses (« 8 »), $title le titre de la section. Le renvoi figure dans une phrase.
section-ref = section { $number } « { $title } »
# Comme section-ref, sans titre ($number, $digits).
section-ref-untitled = section { $number }
# Un titre cité dans une phrase.
quoted = « { $text } »

# ---------------------------------------------------------------- durées
# Un petit nombre écrit en toutes lettres devant une unité : « deux mois », « dix jours ouvrés » ;
# les nombres plus grands s’écrivent en chiffres. Le cas de 1 (« un mois », « une semaine »)
# est traité dans duration, selon le genre de l’unité.
number-word = { $n ->
    [1] un
    [2] deux
    [3] trois
    [4] quatre
    [5] cinq
    [6] six
    [7] sept
    [8] huit
    [9] neuf
    [10] dix
   *[other] { $n }
}
# Une durée : $word est number-word de $count ; $unit : days, working-days, weeks, months, years.
# En français, « one » couvre 0 et 1 ; 1 s’écrit en toutes lettres selon le genre de l’unité.
duration = { $unit ->
    [days] { $count ->
        [1] un jour
       *[other] { PLURAL($count) ->
            [one] { $word } jour
           *[other] { $word } jours
        }
    }
    [working-days] { $count ->
        [1] un jour ouvré
       *[other] { PLURAL($count) ->
            [one] { $word } jour ouvré
           *[other] { $word } jours ouvrés
        }
    }
    [weeks] { $count ->
        [1] une semaine
       *[other] { PLURAL($count) ->
            [one] { $word } semaine
           *[other] { $word } semaines
        }
    }
    [months] { $count ->
        [1] un mois
       *[other] { PLURAL($count) ->
            [one] { $word } mois
           *[other] { $word } mois
        }
    }
   *[years] { $count ->
        [1] un an
       *[other] { PLURAL($count) ->
            [one] { $word } an
           *[other] { $word } ans
        }
    }
}
# Une durée désignée plutôt que comptée ($unit : promptly, reasonable-time, as-long-as-necessary).
duration-named = { $unit ->
    [promptly] dans les meilleurs délais
    [reasonable-time] un délai raisonnable
   *[as-long-as-necessary] aussi longtemps que nécessaire
}
# Une durée qui peut être prolongée : $base la durée, $extension la prolongation (deux durées).
duration-extendable = { $base }, prolongeable de { $extension }

# ---------------------------------------------------------------- publication
# Une ligne qui dit ce qu’une version a modifié : le nombre de ses modifications par niveau.
summary-line-first = Première version publiée.
# $severity : consent, major, minor, editorial ; $count : le nombre de modifications de ce niveau.
summary-line-count = { $severity ->
    [consent] { PLURAL($count) ->
        [one] { $count } modification nécessitant votre consentement explicite
       *[other] { $count } modifications nécessitant votre consentement explicite
    }
    [major] { PLURAL($count) ->
        [one] { $count } modification majeure
       *[other] { $count } modifications majeures
    }
    [minor] { PLURAL($count) ->
        [one] { $count } modification mineure
       *[other] { $count } modifications mineures
    }
   *[editorial] { PLURAL($count) ->
        [one] { $count } modification rédactionnelle
       *[other] { $count } modifications rédactionnelles
    }
}
summary-line-separator = {", "}
summary-line = { $parts }.

# L’avis de modification majeure, en texte brut pour un courrier électronique ($title : le titre de la politique).
notice-title = Modifications importantes apportées à notre { $title }
notice-intro = La nouvelle version de notre { $title } (version { $version }) entre en vigueur le { $date }. Les modifications suivantes requièrent votre attention :
notice-consent-again = Si vous avez précédemment consenti à la présente politique, les modifications suivantes nécessitent de nouveau votre consentement :
notice-rights-reduced = Certaines de ces modifications réduisent vos droits : elles ne vous seront pas applicables sans votre consentement explicite.
notice-archived = La version précédente ({ $version }) est archivée et reste à votre disposition pour consultation.
# L’objet du courrier électronique et le titre de l’avis en HTML ($title : le titre de la politique qui
# nomme la société, tel que site-policy-title le construit : « Politique de confidentialité de HitGen Inc. »).
notice-subject = Modifications importantes : { $title }
# Les deux liens de l’avis : vers la page qui présente les modifications, et vers le texte intégral de la nouvelle version.
notice-link-changes = Voir les modifications
notice-link-policy = Lire le texte intégral de la politique

# ---------------------------------------------------------------- policyc diff
# Mots de `policyc diff` en français (fr) : complète fr.ftl. Les noms de champs (diff-field) et
# de valeurs (diff-value) s’insèrent dans les messages change-any--* de fr.ftl
# (« … : { $field } : désormais … (auparavant : …) », « désormais avec / sans … ») : ce sont des
# groupes nominaux sans article, pour éviter « de le », « à les ».
# Typographie : espace fine insécable (U+202F) avant « : » et « ; » et à l’intérieur des « ».

# ---- diff: rules/words
diff-field =
    { $id ->
        [items] données à caractère personnel
        [purposes] finalités
        [country] pays
        [group] groupe
        [under] fondement de la désignation
        [sources] provenance des données
        [necessity] fourniture des données
        [role] rôle
        [activities] activités
        [conditions] conditions
        [unconditional] caractère inconditionnel
        [to] destinations
        [from] origines
        [bases] bases légales
        [basis] base légale
        [safeguards] garanties
        [location] lieu de stockage
        [measures] mesures de sécurité
        [notify] modalités d’information
        [report-to-regulators] notification à l’autorité de contrôle
        [period] durée de conservation
        [criteria] critères
        [channels] canaux
        [respond-within] délai de réponse
        [when] cas d’application
        [except] cas dans lesquels une demande peut être refusée
        [verify-identity] vérification de l’identité
        [age] seuil d’âge de protection
        [parental-consent] consentement parental
        [no-service] exclusion des mineurs du service
        [refuse] moyens de refuser les cookies
        [do-not-track] signaux « Do Not Track »
        [no-cross-site-tracking] exclusion du suivi intersites
        [department] service interne
        [officer] responsable désigné
        [email] adresse électronique
        [phone] numéro de téléphone
        [address] adresse
        [url] adresse web
        [complaints] réception des réclamations
        [major] types de modifications majeures
        [notice-period] délai de préavis
        [consent-for-reduction] consentement préalable à toute réduction de vos droits
        [archive] archivage des versions antérieures
        [notify-on] modifications annoncées
        [respond-within-for] délai de réponse pour certains droits
        [source] source
        [risk] niveau de risque
        [regions] régions
        [name] nom
        [law] loi
        [affiliates] entités également couvertes
        [kind] type
        [jurisdictions] territoires concernés
        [exceptions] cas dans lesquels le consentement n’est pas recueilli
        [dpv] concept DPV
        [custom] défini par la politique
        [label] libellé
        [text] texte
        [marker] marqueur de liste
       *[other] { $id }
    }
# Les valeurs s’accordent avec le nom du champ qui les précède : fourniture des données
# (nécessaire, facultative), niveau de risque (faible, moyen, élevé), signaux « Do Not Track »
# (respectés, ignorés) ; les provenances sont des noms, sans accord.
diff-value =
    { $id ->
        [entrusted] sous-traitance
        [sharing] partage
        [transfer] cession
        [disclosure] divulgation publique
        [user] fourniture par l’utilisateur
        [automatic] collecte automatique
        [third-party] obtention auprès de tiers
        [necessary] nécessaire
        [optional] facultative
        [controller] responsable du traitement
        [processor] sous-traitant pour le compte des clients
        [low] faible
        [medium] moyen
        [high] élevé
        [honored] respectés
        [ignored] ignorés
        [every] toute modification
        [material] modifications substantielles uniquement
        [gdpr] le RGPD (art. 27)
        [uk-gdpr] le RGPD britannique (art. 27)
        [pipl] la PIPL chinoise (art. 53)
        [pipa] la PIPA coréenne
        [true] oui
        [false] non
       *[other] { $id }
    }
# Après « sujets traités … : » (liste) : groupes nominaux sans article.
subject-rule =
    { $rule ->
        [service-model] modèle de service
        [ownership] identité du responsable du traitement
        [recipients] destinataires des données à caractère personnel
        [rights] vos droits
        [rights-reduced] vos droits
        [contact] coordonnées de contact
       *[risk-assessment] analyses d’impact
    }
diff-note-review = Un relecteur doit confirmer qu’aucun fait n’a changé ; sujets traités dans cette partie de la politique : { $subjects }.
diff-note-translation-only = Seule la version en { $langs } a été modifiée ; la version en { $authoritative }, qui fait foi, est inchangée, et la version en { $langs } n’a pas force obligatoire.
diff-note-translation-unchanged = La version en { $langs } n’a pas été modifiée en même temps que le texte faisant foi : vérifiez la traduction.
diff-note-possible-rename = Un fait du même type a été ajouté sous l’identifiant `{ $id }` : s’il s’agit du même fait renommé, conservez son ancien identifiant afin que le diff puisse faire le lien entre les deux versions.
diff-note-other-policy = Les deux fichiers sont des politiques différentes (`{ $old }` et `{ $new }`).
# Noms de langues en minuscules, comme language-name de fr.ftl (« la version en anglais (en) »).
diff-language = { $name } ({ $tag })
# ---- diff: consent
consent-rights-reduced = Une réduction des droits n’est applicable aux utilisateurs qu’avec leur consentement explicite (règle rights-reduced).
consent-general = Le consentement donné auparavant couvre les finalités, les données et les destinataires indiqués à ce moment-là ; cette modification va au-delà.
consent-pipl-new-purpose-or-data = PIPL, art. 14 : en cas de modification de la finalité du traitement, du mode de traitement ou des catégories de données à caractère personnel traitées, le consentement de la personne concernée doit être obtenu à nouveau.
consent-pipl-new-recipient = PIPL, art. 23 : la communication de données à caractère personnel à un autre responsable du traitement exige d’informer la personne concernée du nom et des coordonnées du destinataire, des finalités et du mode de traitement ainsi que des catégories de données à caractère personnel, et d’obtenir son consentement distinct.
consent-pipl-new-destination = PIPL, art. 39 : la communication de données à caractère personnel hors de la République populaire de Chine exige d’informer la personne concernée de l’identité du destinataire à l’étranger et des modalités d’exercice de ses droits auprès de celui-ci, et d’obtenir son consentement distinct.
consent-gdpr-new-purpose = RGPD, art. 6.4 et 13.3 : un traitement pour une nouvelle finalité exige le consentement ou une autre base légale, sauf s’il est compatible avec la finalité pour laquelle les données ont été collectées, et les utilisateurs doivent en être informés avant qu’il ne commence ; s’il repose sur le consentement, demandez-le à nouveau.
consent-gdpr-new-data = RGPD, art. 6.1.a, 7 et 13.3 : le consentement ne couvre que les données pour lesquelles il a été donné ; si le traitement repose sur le consentement, de nouvelles catégories de données exigent un nouveau consentement, et les utilisateurs doivent en être informés au préalable.
consent-gdpr-new-recipient = RGPD, art. 13.1.e et 13.3 : les utilisateurs doivent être informés des nouveaux destinataires avant que leurs données ne soient communiquées ; si cette communication repose sur le consentement, demandez-le à nouveau.
consent-gdpr-new-destination = RGPD, art. 13.1.f et 49.1.a : les utilisateurs doivent être informés d’un transfert vers un nouveau pays tiers ; si ce transfert ne repose ni sur une décision d’adéquation ni sur des garanties appropriées, il exige leur consentement explicite.
# ---- diff: mod (change headings)
diff-wording-changed = Formulation modifiée
# ---- diff: header
diff-header-title = titre de la politique
diff-header-the-policy = La politique
diff-header-term-label = libellé du terme { $id }
# ---- diff: document
diff-doc-section-added = Section ajoutée
diff-doc-section-removed = Section supprimée
diff-doc-text-added = Texte ajouté
diff-doc-text-removed = Texte supprimé
# $p est le titre de la section (« 2 › 2.1 Titre »).
diff-doc-under = sous la section { $p }
diff-doc-paragraph = paragraphe { $n }
diff-doc-list-item = élément { $n } de la liste
diff-doc-section-title = titre de la section
diff-doc-unnumbered = non numérotée
diff-doc-top-level = premier niveau
diff-doc-a-list = une liste
# ---- diff: facts (names of facts)
# Les lieux peuvent commencer par un article (« la Chine », « les États-Unis ») ou non
# (« Japon ») : entre parenthèses, pour éviter « vers Japon » ou « en la Chine ».
diff-fact-transfer = transfert transfrontalier ({ $to })
diff-fact-storage = stockage ({ $at })
diff-fact-minors = mineurs de moins de { $age } ans
diff-fact-contact-point = point de contact `{ $id }`
# $fact n’a pas d’article (« droit d’accès ») : « texte de droit d’accès » serait fautif.
diff-fact-text = { $fact } (texte)
diff-fact-requests = traitement des demandes
diff-fact-everywhere = tous les territoires
diff-fact-top-of-policy = début de la politique
diff-fact-website = le site web
diff-fact-incident = notification des violations de données
diff-fact-retention = conservation des données à caractère personnel
diff-fact-cookies = cookies
diff-fact-changes = engagement relatif aux modifications
diff-fact-consent = règle relative au consentement `{ $id }`
diff-fact-security = mesures de sécurité `{ $id }`
diff-fact-assessment = analyse d’impact `{ $id }`
# ---- diff: fields
diff-none = aucun
diff-fields-case = { $fact }, cas `{ $id }`
diff-fields-not-stated = non précisé
diff-fields-all-items = toutes les données à caractère personnel
# ---- diff: table
diff-table-row-added = Ligne de tableau ajoutée
diff-table-row-removed = Ligne de tableau supprimée
diff-table-added = Tableau ajouté
diff-table-removed = Tableau supprimé
# $t commence toujours par « tableau » (diff-table-captioned, diff-table-numbered) : « légende du tableau 2 ».
diff-table-caption = légende du { $t }
diff-table-cell = { $t }, ligne { $r }, colonne « { $c } »
diff-table-captioned = tableau { $c }
diff-table-numbered = tableau { $n }
diff-table-nothing = néant
diff-table-heading = { $t }, en-tête de la colonne { $n }
# ---- diff: shared words
diff-parenthesis = { " " }({ $text })
diff-labelled = { $label } : { $text }
diff-header-marker-separator = { ", " }
diff-excerpt = « { $text } »
# Les libellés de droits en français commencent tous par « droit » (« droit d’accès », « droit à
# l’effacement ») : ils sont affichés tels quels, jamais « le droit de droit d’accès ». Pas de
# terminaisons : le mot « droit » est en tête, non en fin de libellé.
diff-fact-right = { $label }
diff-fact-right-endings = { "" }
# ---- diff: output (policyc diff for people and as Markdown)
# Les titres commencent par le niveau de la modification (comme en chinois), sans capitales.
diff-out-headline-none = Aucune modification : les deux versions disent la même chose
diff-out-headline-dates-only = Rédactionnelle : seules les dates de la version ont changé
diff-out-headline-editorial =
    Rédactionnelle : { $count } { PLURAL($count) ->
        [one] modification
       *[other] modifications
    } de formulation ou de forme ; aucun fait n’a changé
diff-out-headline-minor =
    Mineure : { $count } { PLURAL($count) ->
        [one] modification
       *[other] modifications
    } à publier ; aucune ne nécessite d’information bien visible
diff-out-headline-major =
    Majeure : { $count } { PLURAL($count) ->
        [one] modification nécessite
       *[other] modifications nécessitent
    } une information bien visible
diff-out-headline-consent =
    Consentement : { $count } { PLURAL($count) ->
        [one] modification nécessite
       *[other] modifications nécessitent
    } un consentement explicite
# S’ajoute à diff-out-headline-consent.
diff-out-headline-also-major =
    {"\u202F; "}{ $count } { PLURAL($count) ->
        [one] nécessite
       *[other] nécessitent
    } une information bien visible
# Le nom sous-entendu est « modification(s) » : « 1 soumise à consentement, 2 majeures ».
diff-out-count =
    { $count } { $severity ->
        [consent] { PLURAL($count) ->
            [one] soumise à consentement
           *[other] soumises à consentement
        }
        [major] { PLURAL($count) ->
            [one] majeure
           *[other] majeures
        }
        [minor] { PLURAL($count) ->
            [one] mineure
           *[other] mineures
        }
       *[editorial] { PLURAL($count) ->
            [one] rédactionnelle
           *[other] rédactionnelles
        }
    }
diff-out-count-separator = { ", " }
diff-out-no-changes = aucune modification
diff-out-date-changed =
    { $date ->
        [effective] Entrée en vigueur
        [updated] Dernière mise à jour
       *[released] Publication
    } : { $old } → { $new }
diff-out-group =
    { $severity ->
        [consent] Modifications nécessitant un consentement explicite
        [major] Modifications nécessitant une information bien visible
        [minor] Modifications mineures
        [editorial] Modifications rédactionnelles
       *[none] Aucune modification
    } ({ $count })
diff-out-fresh-consent = Modifications nécessitant un nouveau consentement des utilisateurs qui avaient déjà consenti ({ $count })
diff-out-with-rule = { $summary } (règle { $rule })
diff-out-note = remarque : { $note }
diff-out-note-label = Remarque :
# $severity et $was sont les identifiants anglais des niveaux : ils sont traduits ici.
diff-out-decided =
    qualifiée de { $severity ->
        [editorial] rédactionnelle
        [minor] mineure
        [major] majeure
        [consent] soumise à consentement
       *[other] { $severity }
    } par { $by } le { $date } (initialement { $was ->
        [editorial] rédactionnelle
        [minor] mineure
        [major] majeure
        [consent] soumise à consentement
       *[other] { $was }
    }{ $rule }) : { $reason }
diff-out-decided-rule = { ", " }règle { $rule }
# ---- diff: output/review (policyc review)
diff-review-counts =
    { $count } { PLURAL($count) ->
        [one] modification fondée sur le texte non qualifiée
       *[other] modifications fondées sur le texte non qualifiées
    } (dont { $major } { PLURAL($major) ->
        [one] majeure
       *[other] majeures
    }) ; { $decided } { PLURAL($decided) ->
        [one] déjà qualifiée
       *[other] déjà qualifiées
    }
diff-review-severity = { $severity ->
    [consent] Consentement
    [major] Majeure
    [minor] Mineure
   *[editorial] Rédactionnelle
}
diff-review-how = Qualifiez chacune avec --as editorial ou --as minor et un motif, ou publiez-la telle quelle.
# $rule : l’identifiant de la règle (rights) ; $side : new ou old ; $text : les mots trouvés ; $lang : l’étiquette de leur langue.
diff-review-evidence =
    indice pour la règle { $rule } : le texte { $side ->
        [new] dit désormais
       *[old] ne dit plus
    } « { $text } » ({ $lang })
diff-review-decide = pour qualifier : { $command }

# ---- diff: evidence (ce que la classification de repli a trouvé dans le texte modifié)
# Ce qui a été trouvé, avant « : » et les mots où il a été trouvé ($found). Sujet implicite : le
# texte modifié (verbe conjugué, sans majuscule, car l’étiquette suit un lieu entre parenthèses :
# « élément 3 de la liste (ne mentionne plus : « Cookie ») »), sans participe à accorder avec le
# titre de la modification (« Ligne de tableau ajoutée »). facts-* : suivi d’un sujet sans article
# (subject-rule, « destinataires des données à caractère personnel »), d’où « du sujet suivant ».
# under-* : suivi des mots d’un titre ou d’une introduction.
evidence-found = { $found ->
    [organisation-new] nomme un nouvel organisme
    [organisation-old] ne nomme plus l’organisme
    [email-new] indique une nouvelle adresse électronique
    [email-old] n’indique plus l’adresse électronique
    [url-new] indique une nouvelle adresse web
    [url-old] n’indique plus l’adresse web
    [phone-new] indique un nouveau numéro de téléphone
    [phone-old] n’indique plus le numéro de téléphone
    [term-new] mentionne désormais
    [term-old] ne mentionne plus
    [cue-new] dit désormais
    [cue-old] ne dit plus
    [promise-new] prend un nouvel engagement
    [promise-old] retire l’engagement
    [exception-new] ajoute une exception
    [exception-old] supprime une exception
    [facts-new] figure désormais dans une partie qui traite du sujet suivant
    [facts-old] figurait dans une partie qui traite du sujet suivant
    [under-new] figure désormais sous la mention
    [under-old] figurait sous la mention
   *[quantity] modifie un nombre
}
