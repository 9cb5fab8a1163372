# Die Benutzeroberfläche von policyc auf Deutsch: der Nachrichtenkatalog, übersetzt aus
# en.ftl (ein Test verlangt, dass jeder Katalog genau dieselben Nachrichten mit denselben
# Variablen enthält wie en.ftl).
#
# Syntax von Project Fluent (https://projectfluent.org/fluent/guide/): `id = Text`, Variablen
# `{ $name }`, Plural- und andere Varianten über Selektoren. Geschweifte Klammern als Text werden
# `{"{"}` geschrieben. Begriffe wie in vocabulary/builtin.toml (de): personenbezogene Daten,
# Verantwortlicher, Empfänger, Aufsichtsbehörde, Einwilligung.

# Der Name dieser Sprache in ihr selbst (erscheint in den Sprachmenüs).
language-self = Deutsch

# ---------------------------------------------------------------- Änderungen (Regeltabelle des Vergleichs)
# Eine Nachricht je Zeile von src/diff/rules/table.rs: change-SCHLÜSSEL--EREIGNIS.
change-policy_id--changed = Kennung der Datenschutzerklärung geändert, jetzt { $new } (bisher: { $old })
change-policy_languages--items-added = Jetzt auch in folgenden Sprachen veröffentlicht: { $what }
change-policy_languages--items-removed = Nicht mehr in folgenden Sprachen veröffentlicht: { $what }
change-policy_binding--items-added = Übersetzung jetzt verbindlich: { $what }
change-policy_binding--items-removed = Übersetzung nicht mehr verbindlich: { $what }
change-policy_authoritative--changed = Maßgebliche Sprache geändert, jetzt { $new } (bisher: { $old })
change-policy_numbering--changed = Nummerierung der Abschnitte geändert, jetzt { $new } (bisher: { $old })
change-section--added = Abschnitt hinzugefügt: { $fact }
change-section--added-near-facts = Abschnitt hinzugefügt bei den Angaben zu { $subjects }: { $fact }
change-section--removed = Abschnitt entfernt: { $fact }
change-section--removed-near-facts = Abschnitt entfernt bei den Angaben zu { $subjects }: { $fact }
change-section_number--changed = Abschnitt { $fact } anders nummeriert: { $old } → { $new }
change-prose--added = Text hinzugefügt: { $what }
change-prose--added-near-facts = Text hinzugefügt bei den Angaben zu { $subjects }: { $what }
change-prose--removed = Text entfernt: { $what }
change-prose--removed-near-facts = Text entfernt bei den Angaben zu { $subjects }: { $what }
change-list_marker--changed = Aufzählungszeichen geändert, jetzt { $new } (bisher: { $old })
change-table--added = Tabelle hinzugefügt: { $what }
change-table--added-near-facts = Tabelle hinzugefügt bei den Angaben zu { $subjects }: { $what }
change-table--removed = Tabelle entfernt: { $what }
change-table--removed-near-facts = Tabelle entfernt bei den Angaben zu { $subjects }: { $what }
change-table_row--added = Tabellenzeile hinzugefügt: { $what }
change-table_row--added-near-facts = Tabellenzeile hinzugefügt bei den Angaben zu { $subjects }: { $what }
change-table_row--removed = Tabellenzeile entfernt: { $what }
change-table_row--removed-near-facts = Tabellenzeile entfernt bei den Angaben zu { $subjects }: { $what }
change-table_cell--changed = { $what } lautet jetzt { $new } (bisher: { $old })
change-term_label--changed = Bezeichnung des Begriffs { $fact } geändert, jetzt { $new } (bisher: { $old })
change-controller--added = Neuer Verantwortlicher: { $fact }
change-controller--removed = Verantwortlicher entfernt: { $fact }
change-controller_name--changed = Verantwortlicher umbenannt, jetzt { $new } (bisher: { $old })
change-controller_group--set = { $fact } gehört laut Datenschutzerklärung jetzt zu { $new }
change-controller_group--changed = { $fact } gehört jetzt zu { $new } (bisher: { $old })
change-controller_group--unset = { $fact }: Zugehörigkeit zu { $old } nicht mehr angegeben
change-joint-controller--added = Neuer gemeinsam Verantwortlicher: { $fact }
change-joint-controller--removed = Gemeinsam Verantwortlicher entfernt: { $fact }
change-joint-controller_name--changed = Gemeinsam Verantwortlicher umbenannt, jetzt { $new } (bisher: { $old })
change-joint-controller_purposes--items-added = { $fact } ist jetzt auch gemeinsam Verantwortlicher für folgende Zwecke: { $what }
change-joint-controller_purposes--items-removed = { $fact } ist nicht mehr gemeinsam Verantwortlicher für folgende Zwecke: { $what }
change-joint-controller_items--items-added = { $fact } erhält personenbezogene Daten: { $what }
change-service--added = Dienst neu in den Geltungsbereich aufgenommen: { $fact }
change-service--removed = Dienst nicht mehr im Geltungsbereich: { $fact }
change-collect--added = Neue Erhebung personenbezogener Daten: { $fact } ({ $what })
change-collect--removed = Erhebung personenbezogener Daten entfernt: { $fact } ({ $what })
change-collect_items--items-added = { $fact }: neu erhobene personenbezogene Daten: { $what }
change-collect_items--items-removed = { $fact }: nicht mehr erhobene personenbezogene Daten: { $what }
change-collect_purposes--items-added = { $fact }: neue Zwecke: { $what }
change-collect_purposes--items-removed = { $fact }: Zwecke entfernt: { $what }
change-collect_necessity--decreased = { $fact }: jetzt erforderlich; eine Verweigerung verhindert jetzt die Nutzung der Funktion
change-collect_necessity--increased = { $fact }: jetzt freiwillig; eine Verweigerung verhindert die Nutzung der Funktion nicht mehr
change-purpose--added = Neuer Verarbeitungszweck: { $fact }
change-purpose--removed = Verarbeitungszweck entfernt: { $fact }
change-cookies--added = Neue Verwendung von Cookies: { $fact }
change-cookies--removed = Angaben zu Cookies entfernt: { $fact }
change-cookies_no-cross-site-tracking--disabled = Websiteübergreifendes Tracking ist nicht mehr ausgeschlossen
change-recipient--added-new-kind = Neue Empfängerkategorie: { $fact }
change-recipient--added = Neuer Empfänger: { $fact }
change-recipient--removed = Empfänger entfernt: { $fact }
change-recipient_kind--changed = Empfängerkategorie geändert, jetzt { $new } (bisher: { $old })
change-recipient_name--set = { $fact }: Empfänger jetzt namentlich benannt: { $new }
change-recipient_name--changed = { $fact }: Empfänger ist jetzt { $new } (bisher: { $old })
change-recipient_name--unset = { $fact }: Empfänger nicht mehr namentlich benannt (bisher: { $old })
change-recipient_country--set = { $fact }: Sitzland jetzt angegeben: { $new }
change-recipient_country--changed = { $fact }: Sitzland jetzt { $new } (bisher: { $old })
change-recipient_country--unset = { $fact }: Sitzland nicht mehr angegeben (bisher: { $old })
change-recipient_purposes--items-added = { $fact }: erhält personenbezogene Daten jetzt auch für folgende Zwecke: { $what }
change-recipient_purposes--items-removed = { $fact }: erhält personenbezogene Daten nicht mehr für folgende Zwecke: { $what }
change-transfer--added = Neue grenzüberschreitende Übermittlung: { $fact }
change-transfer--removed = Grenzüberschreitende Übermittlung entfernt: { $fact }
change-transfer_to--items-added = Neues Übermittlungsziel: { $what }
change-transfer_to--items-removed = Übermittlungsziel entfernt: { $what }
change-storage--added = Neuer Speicherort: { $fact }
change-storage--removed = Speicherort entfernt: { $fact }
change-storage_location--items-added = Personenbezogene Daten werden jetzt auch an folgenden Orten gespeichert: { $what }
change-storage_location--items-removed = Personenbezogene Daten werden an folgenden Orten nicht mehr gespeichert: { $what }
change-right--added = Neues Recht: { $fact }
change-right--removed = Recht entfernt: { $fact }
change-right_kind--changed = Recht ersetzt: { $old } → { $new }
change-right_channels--channel-withdrawn = { $fact }: kann über folgende Kanäle nicht mehr ausgeübt werden: { $what }
change-right_channels--channel-changed = { $fact }: Kanäle geändert, jetzt { $new } (bisher: { $old })
change-right_channels--channel-added = { $fact }: neue Kanäle: { $what }
change-right_respond-within--lengthened = { $fact }: Antwortfrist verlängert, jetzt { $new } (bisher: { $old })
change-right_respond-within--unset = { $fact }: Antwortfrist nicht mehr zugesagt (bisher: { $old })
change-right_respond-within--shortened = { $fact }: Antwortfrist verkürzt, jetzt { $new } (bisher: { $old })
change-right_respond-within--set = { $fact }: Antwortfrist jetzt zugesagt: { $new }
change-right_when--case-added = { $fact }: neuer Fall, in dem das Recht besteht: { $what }
change-right_when--case-removed = { $fact }: besteht in diesem Fall nicht mehr: { $what }
change-right_when--narrowed = { $fact }: besteht jetzt nur noch in diesen Fällen: { $what }
change-right_when--widened = { $fact }: nicht mehr auf die bisher genannten Fälle beschränkt: { $what }
change-right_except--case-added = { $fact }: neuer Fall, in dem ein Antrag abgelehnt werden kann: { $what }
change-right_except--case-removed = { $fact }: ein Antrag kann in diesem Fall nicht mehr abgelehnt werden: { $what }
change-right_jurisdictions--narrowed = { $fact }: Geltungsbereich eingeschränkt, jetzt { $new } (bisher: { $old })
change-requests--added = Neue Regelung zur Bearbeitung von Anträgen: { $fact }
change-requests--removed = Regelung zur Bearbeitung von Anträgen entfernt: { $fact }
change-requests_respond-within--lengthened = { $fact }: Antwortfrist verlängert, jetzt { $new } (bisher: { $old })
change-requests_respond-within--unset = { $fact }: Antwortfrist nicht mehr zugesagt (bisher: { $old })
change-requests_respond-within--shortened = { $fact }: Antwortfrist verkürzt, jetzt { $new } (bisher: { $old })
change-requests_verify-identity--enabled = { $fact }: Anträge erfordern jetzt einen Identitätsnachweis
change-requests_verify-identity--disabled = { $fact }: Anträge erfordern keinen Identitätsnachweis mehr
change-requests_except--case-added = { $fact }: neuer Fall, in dem Anträge nicht beantwortet werden: { $what }
change-requests_except--case-removed = { $fact }: Anträge werden in diesem Fall jetzt beantwortet: { $what }
change-requests_channels--channel-withdrawn = { $fact }: Anträge können über folgende Kanäle nicht mehr gestellt werden: { $what }
change-requests_jurisdictions--narrowed = { $fact }: Geltungsbereich eingeschränkt, jetzt { $new } (bisher: { $old })
change-consent--added = Neue Einwilligungsregelung: { $fact }
change-consent--removed = Einwilligungsregelung entfernt: { $fact }
change-consent_exceptions--case-added = Neuer Fall, in dem Ihre Einwilligung nicht eingeholt wird: { $what }
change-consent_exceptions--case-removed = In diesem Fall wird Ihre Einwilligung jetzt eingeholt: { $what }
change-consent_jurisdictions--narrowed = { $fact }: Geltungsbereich eingeschränkt, jetzt { $new } (bisher: { $old })
change-minors--added = Neue Regelung zum Schutz Minderjähriger: { $fact }
change-minors--removed = Regelung zum Schutz Minderjähriger entfernt: { $fact }
change-minors_age--decreased = Altersgrenze für den Schutz Minderjähriger gesenkt, jetzt { $new } (bisher: { $old })
change-minors_age--increased = Altersgrenze für den Schutz Minderjähriger angehoben, jetzt { $new } (bisher: { $old })
change-minors_parental-consent--disabled = { $fact }: Einwilligung der Erziehungsberechtigten nicht mehr erforderlich
change-minors_parental-consent--enabled = { $fact }: Einwilligung der Erziehungsberechtigten jetzt erforderlich
change-minors_no-service--disabled = { $fact }: Minderjährigen werden jetzt Dienste angeboten
change-minors_no-service--enabled = { $fact }: Minderjährigen werden keine Dienste mehr angeboten
change-minors_jurisdictions--narrowed = { $fact }: Geltungsbereich eingeschränkt, jetzt { $new } (bisher: { $old })
change-cookies--removed-protection = Angaben zu Cookies entfernt, einschließlich der Möglichkeiten, Cookies abzulehnen: { $what }
change-cookies_refuse--items-removed = Nicht mehr angebotene Möglichkeit, Cookies abzulehnen: { $what }
change-cookies_refuse--items-added = Neue Möglichkeit, Cookies abzulehnen: { $what }
change-cookies_do-not-track--decreased = „Do Not Track“-Signale werden nicht mehr beachtet
change-cookies_do-not-track--increased = „Do Not Track“-Signale werden jetzt beachtet
change-changes_consent-for-reduction--disabled = Die Zusage, Ihre Rechte nicht ohne Ihre ausdrückliche Einwilligung einzuschränken, wurde zurückgezogen
change-changes_consent-for-reduction--enabled = Die Zusage, Ihre Rechte nicht ohne Ihre ausdrückliche Einwilligung einzuschränken, wurde neu aufgenommen
change-changes--removed-protection = Die Zusage zu Änderungen dieser Datenschutzerklärung wurde entfernt, einschließlich der Zusage, Ihre Rechte nicht ohne Ihre ausdrückliche Einwilligung einzuschränken
change-requests_respond-within-for--lengthened = { $fact }: Antwortfrist für Anträge ({ $what }) verlängert, jetzt { $new } (bisher: { $old })
change-requests_respond-within-for--unset = { $fact }: Antwortfrist für Anträge ({ $what }) nicht mehr zugesagt (bisher: { $old })
change-requests_respond-within-for--shortened = { $fact }: Antwortfrist für Anträge ({ $what }) verkürzt, jetzt { $new } (bisher: { $old })
change-requests_respond-within-for--set = { $fact }: Antwortfrist für Anträge ({ $what }) jetzt zugesagt: { $new }
change-requests_respond-within-for--restated = { $fact }: Antwortfrist für Anträge ({ $what }) anders angegeben, jetzt { $new } (bisher: { $old }; gleiche Dauer)
change-requests_respond-within-for--changed = { $fact }: Antwortfrist für Anträge ({ $what }) anders formuliert, weiterhin { $new }
change-changes_notify-on--decreased = Änderungen werden jetzt nur noch angekündigt, wenn sie wesentlich sind (bisher: { $old })
change-changes_notify-on--increased = Jede Änderung wird jetzt angekündigt (bisher: { $old })
change-changes_notify-on--unset = Die Zusage, welche Änderungen angekündigt werden, wurde zurückgezogen (bisher: { $old })
change-changes_notify-on--set = Jetzt zugesagt, welche Änderungen angekündigt werden: { $new }
change-promise--added = Neue Zusage: { $fact }
change-promise--removed = Zusage zurückgezogen: { $fact }
change-promise_kind--changed = Zusage ersetzt: { $old } → { $new }
change-promise_except--case-added = { $fact }: neuer Fall, in dem die Zusage nicht gilt: { $what }
change-promise_except--case-removed = { $fact }: die Zusage gilt jetzt auch in diesem Fall: { $what }
change-promise_items--narrowed = { $fact }: umfasst jetzt nur noch: { $new } (bisher: { $old })
change-promise_items--widened = { $fact }: umfasst jetzt: { $new } (bisher: { $old })
change-promise_items--items-removed = { $fact }: umfasst nicht mehr: { $what }
change-promise_items--items-added = { $fact }: umfasst jetzt auch: { $what }
change-promise_regions--items-added = { $fact }: personenbezogene Daten dürfen jetzt auch in folgende Regionen übermittelt werden: { $what }
change-promise_regions--items-removed = { $fact }: Übermittlung personenbezogener Daten in folgende Regionen jetzt ebenfalls ausgeschlossen: { $what }
change-promise_jurisdictions--narrowed = { $fact }: Geltungsbereich eingeschränkt, jetzt { $new } (bisher: { $old })
change-changelog--added = Eintrag im Änderungsprotokoll hinzugefügt für { $fact }: { $what }
change-changelog--removed = Eintrag im Änderungsprotokoll entfernt für { $fact }: { $what }
change-changelog--changed = Eintrag im Änderungsprotokoll für { $fact } umformuliert: { $what }
change-jurisdiction_regions--items-removed = { $fact }: Regionen entfernt: { $what }; die darauf beschränkten Rechte gelten jetzt für weniger Personen
change-contact--added = Neue Kontaktstelle: { $fact }
change-contact--removed = Kontaktstelle entfernt: { $fact }
change-contact--channel-withdrawn = { $fact } bietet folgende Kanäle zur Ausübung von Rechten nicht mehr an: { $what } (betroffene Rechte: { $rights })
change-contact_complaints--disabled = { $fact } nimmt keine Beschwerden mehr entgegen
change-contact_complaints--enabled = { $fact } nimmt jetzt Beschwerden entgegen
change-contact_respond-within--lengthened = { $fact }: Antwortfrist verlängert, jetzt { $new } (bisher: { $old })
change-contact_respond-within--unset = { $fact }: Antwortfrist nicht mehr zugesagt (bisher: { $old })
change-representative--added = Neuer Vertreter im Inland: { $fact }
change-representative--removed = Vertreter im Inland entfernt: { $fact }
change-authority--added = Neue Aufsichtsbehörde oder Beschwerdestelle: { $fact }
change-authority--removed = Aufsichtsbehörde oder Beschwerdestelle entfernt: { $fact }
change-authority--channel-withdrawn = { $fact } ist über folgende Kanäle zur Ausübung von Rechten nicht mehr erreichbar: { $what } (betroffene Rechte: { $rights })
change-assessment--added-high-risk = Folgenabschätzung stellt ein hohes Risiko fest: { $fact }
change-assessment_risk--became-high = { $fact } stellt jetzt ein hohes Risiko fest (bisher: { $old })
change-security_measures--items-added = Neue Sicherheitsmaßnahmen: { $what }
change-security_measures--items-removed = Nicht mehr angegebene Sicherheitsmaßnahmen: { $what }
change-any--added = Hinzugefügt: { $fact }
change-any--added-new-kind = Hinzugefügt: { $fact }
change-any--added-high-risk = Hinzugefügt: { $fact }
change-any--added-near-facts = Hinzugefügt: { $fact }
change-any--removed = Entfernt: { $fact }
change-any--removed-protection = Entfernt: { $fact }
change-any--removed-near-facts = Entfernt: { $fact }
change-any--moved = Verschoben: { $fact }, von { $old } nach { $new }
change-any--reordered = Reihenfolge geändert: { $fact }
change-any--renumbered = Neu nummeriert: { $fact } ({ $old } → { $new })
change-any--changed = { $fact }: { $field } geändert, jetzt { $new } (bisher: { $old })
change-any--set = { $fact }: { $field } jetzt angegeben: { $new }
change-any--unset = { $fact }: { $field } nicht mehr angegeben (bisher: { $old })
change-any--enabled = { $fact }: jetzt mit { $field }
change-any--disabled = { $fact }: nicht mehr mit { $field }
change-any--items-added = { $fact }: { $field } hinzugefügt: { $what }
change-any--items-removed = { $fact }: { $field } entfernt: { $what }
change-any--increased = { $fact }: { $field } geändert, jetzt { $new } (bisher: { $old })
change-any--decreased = { $fact }: { $field } geändert, jetzt { $new } (bisher: { $old })
change-any--became-high = { $fact }: { $field } geändert, jetzt { $new } (bisher: { $old })
change-any--lengthened = { $fact }: { $field } verlängert, jetzt { $new } (bisher: { $old })
change-any--shortened = { $fact }: { $field } verkürzt, jetzt { $new } (bisher: { $old })
change-any--restated = { $fact }: { $field } anders angegeben, jetzt { $new } (bisher: { $old }; gleiche Dauer)
change-any--case-added = { $fact }: { $field }: Fall hinzugefügt: { $what }
change-any--case-removed = { $fact }: { $field }: Fall entfernt: { $what }
change-any--narrowed = { $fact }: eingeschränkt, jetzt { $new } (bisher: { $old })
change-any--widened = { $fact }: erweitert, jetzt { $new } (bisher: { $old })
change-any--channel-added = { $fact }: neue Kanäle: { $what }
change-any--channel-changed = { $fact }: Kanäle geändert, jetzt { $new } (bisher: { $old })
change-any--channel-withdrawn = { $fact }: nicht mehr angebotene Kanäle: { $what }
change-any--reworded = Wortlaut geändert: { $what }
change-any--reworded-near-facts = Wortlaut geändert bei den Angaben zu { $subjects }: { $what }
change-any--typographic = Typografie korrigiert: { $what }
change-any--translation-only = Nur die Übersetzung ({ $lang }) geändert: { $what }
change-any--unclassified = Sonstige Änderung der Struktur des Dokuments
change-any--evidence-service-model = { $action }: { $what } ({ $evidence })
change-any--evidence-ownership = { $action }: { $what } ({ $evidence })
change-any--evidence-recipients = { $action }: { $what } ({ $evidence })
change-any--evidence-rights = { $action }: { $what } ({ $evidence })
change-any--evidence-contact = { $action }: { $what } ({ $evidence })
change-any--evidence-risk-assessment = { $action }: { $what } ({ $evidence })
change-any--evidence-rights-reduced = { $action }: { $what } ({ $evidence })

# ---------------------------------------------------------------- Seiten der Datenschutzerklärung (Vorlagen: labels.NAME)
page-contents = Inhalt
page-summary = Auf einen Blick
page-collected = Welche Daten wir erheben
page-purposes = Wozu wir sie verwenden
page-recipients = Wer sie erhält
page-responsible = Wer verantwortlich ist
page-rights = Ihre Rechte und wie schnell wir antworten
page-contacts = An wen Sie sich wenden können
page-released = Veröffentlicht
page-updated = Zuletzt aktualisiert
page-effective = Gültig ab
page-version = Version
page-languages = Sprachen
page-not-stated = nicht angegeben
page-summary-note = Diese Zusammenfassung wird aus der nachstehenden Datenschutzerklärung erstellt; maßgeblich ist allein die Datenschutzerklärung selbst.
# Was die Zusammenfassung aufklappt; sie ist eingeklappt, damit der Inhalt der Datenschutzerklärung
# auf dem Bildschirm eines Smartphones weit oben beginnt.
page-summary-open = Zusammenfassung anzeigen
page-back-to-top = Nach oben
# Der erste Link einer Seite der Datenschutzerklärung, zu deren Text (erst bei Fokus sichtbar).
page-skip = Zur Datenschutzerklärung springen
page-promises = Unsere Zusagen
page-changelog = Änderungen dieser Datenschutzerklärung
page-colon = {": "}
page-open = {" ("}
page-close = {")"}

# ---------------------------------------------------------------- die Website (Vorlagen: words.NAME)
site-skip = Zum Inhalt springen
site-breadcrumb = Brotkrümelnavigation
site-languages = Sprachen
site-home = Startseite
site-policies = Datenschutzerklärungen
site-version = Version
site-current-version = Aktuelle Version
site-effective = Gültig ab
site-published = Veröffentlicht
site-updated = Zuletzt aktualisiert
site-status = Status
site-severity = Änderung
site-rules = Worum es bei den Änderungen geht
site-summary = Zusammenfassung
site-author-summary = In den Worten des Herausgebers
site-all-versions = Alle Versionen und Änderungen
site-changelog = Versionen und Änderungen
site-changelog-intro = Alle veröffentlichten Versionen dieser Datenschutzerklärung, die neueste zuerst. Jede Version verweist auf ihren vollständigen Text und auf die Änderungen gegenüber der jeweils vorherigen Version.
site-what-changed = Was sich geändert hat
# Der Link von einer archivierten Version zu der Seite mit allem, was sich seit ihr bis zu der heute
# geltenden Version geändert hat, und die Bezeichnung dieser Seite in der Brotkrümelnavigation.
site-since = Was sich seit dieser Version geändert hat
# Der Titel dieser Seite ($version: die archivierte Version, von der sie ausgeht).
site-since-title = Was sich seit Version { $version } geändert hat
# Unter diesem Titel: was die Seite vergleicht ($version: die archivierte Version; $current: die
# heute geltende Version; $count: wie viele Versionen nach $version veröffentlicht wurden, bis
# einschließlich $current). Die Änderungen der Seite werden nach der wichtigsten unter ihnen eingestuft.
site-since-compared = Version { $version } verglichen mit der heute geltenden Version { $current }. { PLURAL($count) ->
        [one] Seitdem wurde eine Version veröffentlicht.
       *[other] Seitdem wurden { $count } Versionen veröffentlicht: Die Änderungen dieser Versionen werden zusammen angezeigt, und maßgeblich für die Einstufung ist die wichtigste von ihnen.
    }
site-read-version = Diese Version lesen
site-read-current = Aktuelle Version lesen
site-previous-version = Vorherige Version
site-periods = Welche Version wann galt
site-periods-intro = Um die Version zu finden, die an einem bestimmten Tag galt (zum Beispiel am Tag Ihrer Registrierung), suchen Sie den Zeitraum, in den dieser Tag fällt.
site-from = Von
site-until = Bis
site-until-now = bis auf Weiteres
site-never-in-effect = vor Inkrafttreten ersetzt
site-feed = Atom-Feed neuer Versionen
site-legend = Gelöschter Text ist durchgestrichen, eingefügter Text ist unterstrichen.
site-deleted = gelöscht
site-inserted = eingefügt
site-no-changes = Keine für Leser sichtbaren Änderungen.
site-not-found = Seite nicht gefunden
site-not-found-text = Unter dieser Adresse gibt es keine Seite. Die Liste der Datenschutzerklärungen finden Sie auf der Startseite.
site-notice = Wichtige Änderung
site-upcoming-notice = Bevorstehende Änderung
site-superseded-notice = Ersetzte Version
site-generated = Erstellt von policyc aus dem Archiv der Datenschutzerklärungen.
# Wessen Datenschutzerklärung eine Seite betrifft, in Titeln, Brotkrümelnavigation, Karten der
# Startseite und Feeds: $publisher ist der Name des Verantwortlichen (oder die Namen, verbunden),
# $title der eigene Titel der Datenschutzerklärung („Datenschutzerklärung“). Nur verwendet, wenn der
# Titel den Herausgeber nicht schon nennt. „von“ statt Genitiv oder Artikel, da Geschlecht und
# Rechtsform des Namens unbekannt sind („Datenschutzerklärung von HitGen Inc.“).
site-policy-title = { $title } von { $publisher }
# Unter dem Kopf einer Version gedruckt (nur auf Papier): wo die Version dauerhaft abrufbar bleibt.
site-permanent-address = Dauerhafte Adresse dieser Version
# Die Überschrift der Vergleichsseite einer Version, für Leser ($severity: consent, major, minor,
# editorial, none; $date: der Tag, an dem die Version in Kraft tritt, schon im deutschen
# Datumsformat, „26. April 2021“). Nach dem Doppelpunkt groß, wie in Schlagzeilen üblich.
site-headline = { $severity ->
    [consent] Wichtige Änderung, die Ihre Einwilligung erfordert, gültig ab { $date }: Was das für Sie bedeutet
    [major] Wichtige Änderung, gültig ab { $date }: Was das für Sie bedeutet
    [minor] Geringfügige Änderungen, gültig ab { $date }
    [editorial] Nur Änderungen am Wortlaut, gültig ab { $date }: Was wir mit Ihren Daten tun, bleibt unverändert
   *[none] Erste Version, gültig ab { $date }
}
# Ein Satz mit den wichtigsten Änderungen einer Version, in der Liste der Versionen und im Feed
# ($topics: die Themen ihrer Änderungen, rule-topic, mit „und“ verbunden).
site-key-changes = Die wichtigsten Änderungen: { $topics }.
site-colon = {": "}
site-comma = {", "}
site-open = {" ("}
site-close = {")"}
# Eine Einstufung als Kennzeichen ($id: none, editorial, minor, major, consent).
severity = { $id ->
    [none] Erste Version
    [editorial] Redaktionell
    [minor] Geringfügig
    [major] Wesentlich
   *[consent] Erfordert Ihre Einwilligung
}
# Eine Regel des Vergleichs, wie Leser sie sehen: das Thema einer Änderung als Überschrift in den
# Worten der Leser (Liste der Versionen, Vergleichsseiten und Feed der Website; nie die Kennung
# der Regel). Wie die Überschriften der Seiten (page-collected, page-recipients) als indirekte
# Fragen ohne Fragezeichen.
rule-name = { $id ->
    [service-model] Welche Daten wir erheben und wozu
    [ownership] Wer für Ihre Daten verantwortlich ist
    [recipients] Wer Ihre Daten erhält
    [rights] Ihre Rechte und wie Sie sie ausüben
    [contact] Wie Sie uns erreichen
    [risk-assessment] Risiken für Ihre Daten
   *[rights-reduced] Welche Rechte Sie verlieren
}
# Dasselbe Thema innerhalb eines Satzes (nach dem Doppelpunkt von site-key-changes, in einer mit
# „und“ verbundenen Liste): wie rule-name, nach dem Doppelpunkt klein geschrieben, außer
# Substantiven und „Ihre“. Kein Glied enthält ein Komma (daher „welche Rechte Sie verlieren“
# statt „Rechte, die Sie verlieren“), weil die Liste ihre Glieder mit Kommas trennt.
rule-topic = { $id ->
    [service-model] welche Daten wir erheben und wozu
    [ownership] wer für Ihre Daten verantwortlich ist
    [recipients] wer Ihre Daten erhält
    [rights] Ihre Rechte und wie Sie sie ausüben
    [contact] wie Sie uns erreichen
    [risk-assessment] Risiken für Ihre Daten
   *[rights-reduced] welche Rechte Sie verlieren
}
# Eine Zeile unter rule-name auf einer Vergleichsseite: worum es bei einer Änderung dieses Themas geht.
rule-meaning = { $id ->
    [service-model] Welche personenbezogenen Daten wir erheben, wozu wir sie verwenden und wie lange wir sie speichern.
    [ownership] Welches Unternehmen für Ihre Daten verantwortlich ist, zum Beispiel nach einer Fusion, einer Übernahme oder einer Insolvenz.
    [recipients] An wen wir Ihre Daten weitergeben oder wem gegenüber wir sie offenlegen, und wohin sie gelangen.
    [rights] Wie Sie Auskunft über Ihre Daten erhalten, sie berichtigen, löschen oder übertragen lassen, Ihre Einwilligung widerrufen oder Beschwerde einlegen können und wie schnell wir antworten.
    [contact] An wen Sie sich bei Fragen zu Ihren Daten wenden können und auf welchem Weg: die zuständige Abteilung, der Datenschutzbeauftragte und ihre Kontaktdaten.
    [risk-assessment] Was unsere Bewertung der Risiken für Ihre Daten ergeben hat.
   *[rights-reduced] Eine Änderung, die eines Ihrer bisherigen Rechte aufhebt oder einschränkt: Ohne Ihre ausdrückliche Einwilligung gilt sie für Sie nicht.
}
# Der Status einer Version.
version-status = { $id ->
    [current] Aktuell
    [upcoming] Bevorstehend
   *[superseded] Ersetzt
}
# Was mit einem geänderten Element geschehen ist.
change-kind = { $id ->
    [added] hinzugefügt
    [removed] entfernt
    [moved] verschoben
   *[changed] geändert
}
banner-version = Version { $version }
banner-changes-in = Änderungen in Version { $version }
banner-compared-with = Verglichen mit der vorherigen Version { $previous }.
# Eine Gruppe von Änderungen auf einer Vergleichsseite, mit ihrer Anzahl.
changes-group = { $severity ->
    [consent] Erfordert Ihre ausdrückliche Einwilligung
    [major] Wesentliche Änderungen
    [minor] Geringfügige Änderungen
   *[editorial] Redaktionelle Änderungen
} ({ $count })
banner-notice-major = Änderungen dieser Datenschutzerklärung, die Ihre Aufmerksamkeit erfordern, sind am { $date } in Kraft getreten.
banner-notice-consent = Die am { $date } in Kraft getretenen Änderungen dieser Datenschutzerklärung schränken Ihre Rechte ein: Ohne Ihre ausdrückliche Einwilligung gelten sie für Sie nicht.
banner-upcoming = Eine neue Version dieser Datenschutzerklärung (Version { $version }) tritt am { $date } in Kraft.
banner-upcoming-self = Diese Version tritt am { $date } in Kraft. Bis dahin gilt die aktuelle Version.
banner-upcoming-first = Diese Datenschutzerklärung tritt am { $date } in Kraft.
banner-superseded = Diese Version ist nicht mehr in Kraft; sie wurde durch Version { $successor } ersetzt, die seit dem { $date } gilt.
feed-title = { $policy }: neue Versionen
# $rules ist leer oder feed-entry-rules.
feed-entry-title = Version { $version }: { $severity }{ $rules }
feed-entry-rules = {" "}({ $rules })
feed-entry-text =
    { $summary }

    Gültig ab { $date }.

# ---------------------------------------------------------------- Seiten der Datenschutzerklärung: die Zusammenfassung
# Zwischen den Einzelangaben einer Zeile der Zusammenfassung.
summary-separator = {"; "}
# Ob Daten angegeben werden müssen ($necessity: necessary, optional).
summary-necessity = { $necessity ->
    [necessary] erforderlich
   *[optional] freiwillig: Sie können die Angabe verweigern
}
# Woher Daten stammen ($source: user, automatic, third-party).
summary-source = { $source ->
    [user] von Ihnen angegeben
    [automatic] automatisch erhoben
   *[third-party] von Dritten erhalten
}
summary-processor = im Auftrag von Kunden verarbeitet
# Was ein Empfänger mit den Daten tut ($activity: entrusted, sharing, transfer, disclosure).
summary-activity = { $activity ->
    [entrusted] Auftragsverarbeitung
    [sharing] Weitergabe
    [transfer] Übertragung
   *[disclosure] öffentliche Offenlegung
}
# Ein auf bestimmte Orte beschränktes Recht: der Name des Rechts, dann wo es gilt.
summary-right-in = { $right } ({ $places })
# $time ist eine Dauer („ein Monat“, „15 Arbeitstage“).
summary-answered-within = Antwortfrist: { $time }
summary-answers-within = Antwortfrist: { $time }
# Die Daten, die eine negative Zusage betrifft ($items: eine Liste von Datenkategorien).
summary-concerning = betrifft: { $items }
summary-applies-in = Geltungsbereich: { $places }
summary-with-exceptions = mit Ausnahmen
summary-notice-title = Benachrichtigung über Änderungen
# Über welche Änderungen benachrichtigt wird ($scope: every, material).
summary-notice-scope = { $scope ->
    [every] bei jeder Änderung
   *[material] nur bei wesentlichen Änderungen
}

# ---------------------------------------------------------------- Seiten der Datenschutzerklärung: Beteiligte
party-for-purposes = für { $purposes }
party-part-of = gehört zu { $group }
# Die Rolle eines Verantwortlichen, der keine Gruppe nennt ($role: controller, processor).
party-role = { $role ->
    [controller] Verantwortlicher
   *[processor] Auftragsverarbeiter
}
party-receives = erhält folgende Daten: { $items }
party-joint-controller = gemeinsam mit uns verantwortlich für { $purposes }
# Das Gesetz, nach dem ein Vertreter benannt ist ($law: gdpr, uk-gdpr, pipl, pipa).
party-representative = { $law ->
    [gdpr] Vertreter in der EU gemäß Art. 27 DSGVO
    [uk-gdpr] Vertreter im Vereinigten Königreich gemäß Art. 27 UK GDPR
    [pipl] Vertreter in China gemäß Art. 53 PIPL
   *[pipa] inländischer Vertreter in Korea gemäß PIPA
}
party-complain-to-it = Sie können dort Beschwerde einlegen

# ---------------------------------------------------------------- Seiten der Datenschutzerklärung: Text
# Der Name einer Sprache ($language: das primäre Subtag, en, zh, fr ...; $tag: das vollständige Tag).
language-name = { $language ->
    [en] Englisch
    [zh] Chinesisch
    [fr] Französisch
    [de] Deutsch
    [es] Spanisch
    [ja] Japanisch
    [ko] Koreanisch
    [pt] Portugiesisch
   *[other] { $tag }
}
# Nach einem Absatz, dessen Übersetzung auf einer früheren Fassung des maßgeblichen Textes beruht
# ($language: der Name der maßgeblichen Sprache, aus language-name).
stale-translation = Diese Übersetzung wurde noch nicht aktualisiert; maßgeblich ist die Fassung auf { $language }
# Ein Verweis auf einen Abschnitt: $number wie in der Datenschutzerklärung nummeriert („(8)“, „2.1“),
# $digits dasselbe ohne Klammern („8“), $title der Titel des Abschnitts.
section-ref = Abschnitt { $number } „{ $title }“
# Wie section-ref, ohne Titel ($number, $digits).
section-ref-untitled = Abschnitt { $number }
# Ein in einem Satz zitierter Titel.
quoted = „{ $text }“

# ---------------------------------------------------------------- Zeitangaben
# Eine kleine Zahl als Wort vor einer Einheit: „zwei Monate“, „zehn Arbeitstage“; größere als Ziffern.
# Die Eins wird nicht hier, sondern in duration selbst geschrieben (ein Tag, eine Woche ...).
number-word = { $n ->
    [1] ein
    [2] zwei
    [3] drei
    [4] vier
    [5] fünf
    [6] sechs
    [7] sieben
    [8] acht
    [9] neun
    [10] zehn
    [11] elf
    [12] zwölf
   *[other] { $n }
}
# Eine Zeitspanne: $word ist number-word von $count; $unit: days, working-days, weeks, months, years.
# Im Singular steht das Zahlwort hier im Nominativ (ein Tag, eine Woche); die Nachrichten, die
# eine Dauer einsetzen, verwenden sie im Nominativ.
duration = { $unit ->
    [days] { PLURAL($count) ->
        [one] ein Tag
       *[other] { $word } Tage
    }
    [working-days] { PLURAL($count) ->
        [one] ein Arbeitstag
       *[other] { $word } Arbeitstage
    }
    [weeks] { PLURAL($count) ->
        [one] eine Woche
       *[other] { $word } Wochen
    }
    [months] { PLURAL($count) ->
        [one] ein Monat
       *[other] { $word } Monate
    }
   *[years] { PLURAL($count) ->
        [one] ein Jahr
       *[other] { $word } Jahre
    }
}
# Eine benannte statt gezählte Zeitspanne ($unit: promptly, reasonable-time, as-long-as-necessary).
duration-named = { $unit ->
    [promptly] unverzüglich
    [reasonable-time] eine angemessene Zeit
   *[as-long-as-necessary] so lange wie erforderlich
}
# Eine verlängerbare Zeitspanne: $base die Zeitspanne, $extension die Verlängerung (beides Dauern).
duration-extendable = { $base }, verlängerbar um { $extension }

# ---------------------------------------------------------------- Veröffentlichung
# Eine Zeile, die sagt, was eine Version geändert hat: die Anzahl ihrer Änderungen je Einstufung.
summary-line-first = Erste veröffentlichte Version.
# $severity: consent, major, minor, editorial; $count: wie viele Änderungen dieser Einstufung.
summary-line-count = { $severity ->
    [consent] { PLURAL($count) ->
        [one] { $count } Änderung, die Ihre ausdrückliche Einwilligung erfordert
       *[other] { $count } Änderungen, die Ihre ausdrückliche Einwilligung erfordern
    }
    [major] { PLURAL($count) ->
        [one] { $count } wesentliche Änderung
       *[other] { $count } wesentliche Änderungen
    }
    [minor] { PLURAL($count) ->
        [one] { $count } geringfügige Änderung
       *[other] { $count } geringfügige Änderungen
    }
   *[editorial] { PLURAL($count) ->
        [one] { $count } redaktionelle Änderung
       *[other] { $count } redaktionelle Änderungen
    }
}
summary-line-separator = {", "}
summary-line = { $parts }.

# Die Benachrichtigung über eine wesentliche Änderung, reiner Text für eine E-Mail ($title: der Titel der Datenschutzerklärung).
notice-title = Wichtige Änderungen: { $title }
notice-intro = Die aktualisierte Fassung von „{ $title }“ (Version { $version }) tritt am { $date } in Kraft. Folgende Änderungen erfordern Ihre Aufmerksamkeit:
notice-consent-again = Falls Sie bereits eine Einwilligung erteilt haben, ist für folgende Änderungen Ihre erneute Einwilligung erforderlich:
notice-rights-reduced = Einige dieser Änderungen schränken Ihre Rechte ein: Ohne Ihre ausdrückliche Einwilligung gelten sie für Sie nicht.
notice-archived = Die vorherige Version ({ $version }) wird archiviert und steht Ihnen zur Einsicht zur Verfügung.
# Der Betreff der E-Mail und der Titel der HTML-Benachrichtigung ($title: der Titel der
# Datenschutzerklärung, der das Unternehmen nennt, wie site-policy-title ihn bildet:
# „Datenschutzerklärung von HitGen Inc.“).
notice-subject = Wichtige Änderungen: { $title }
# Die beiden Links der Benachrichtigung: zur Seite mit den Änderungen und zur neuen Version im
# vollständigen Wortlaut.
notice-link-changes = Änderungen ansehen
notice-link-policy = Vollständige Datenschutzerklärung lesen

# ---------------------------------------------------------------- policyc diff
# ---- diff: rules/words
# Feldnamen ohne Artikel und möglichst ohne Adjektiv: Sie stehen in change-any-* im Nominativ
# („… geändert“) und nach „mit“ im Dativ („jetzt mit …“).
diff-field =
    { $id ->
        [items] personenbezogene Daten
        [purposes] Zwecke
        [country] Sitzland
        [group] Unternehmensgruppe
        [under] Grundlage der Benennung
        [sources] Herkunft der Daten
        [necessity] Erforderlichkeit
        [role] Rolle
        [activities] Verarbeitungstätigkeiten
        [conditions] Bedingungen
        [unconditional] Angabe „ohne Bedingungen“
        [to] Übermittlungsziele
        [from] Herkunftsorte
        [bases] Rechtsgrundlagen
        [basis] Rechtsgrundlage
        [safeguards] Garantien
        [location] Speicherort
        [measures] Sicherheitsmaßnahmen
        [notify] Art der Benachrichtigung
        [report-to-regulators] Meldung an die Aufsichtsbehörde
        [period] Speicherdauer
        [criteria] Kriterien
        [channels] Kanäle
        [respond-within] Antwortfrist
        [when] Anwendungsfälle
        [except] Fälle, in denen ein Antrag abgelehnt werden kann
        [verify-identity] Identitätsnachweis
        [age] Altersgrenze
        [parental-consent] Einwilligung der Erziehungsberechtigten
        [no-service] Ausschluss Minderjähriger vom Dienst
        [refuse] Möglichkeiten, Cookies abzulehnen
        [do-not-track] Umgang mit „Do Not Track“-Signalen
        [no-cross-site-tracking] Verzicht auf websiteübergreifendes Tracking
        [department] Abteilung
        [officer] Beauftragter
        [email] E-Mail-Adresse
        [phone] Telefonnummer
        [address] Anschrift
        [url] Webadresse
        [complaints] Entgegennahme von Beschwerden
        [major] Arten wesentlicher Änderungen
        [notice-period] Ankündigungsfrist
        [consent-for-reduction] Einwilligung vor Einschränkung Ihrer Rechte
        [archive] Archivierung früherer Versionen
        [notify-on] Ankündigung von Änderungen
        [respond-within-for] Antwortfrist für einzelne Rechte
        [source] Quelle
        [risk] Risiko
        [regions] Regionen
        [name] Name
        [law] Gesetz
        [affiliates] verbundene Unternehmen
        [kind] Art
        [jurisdictions] Geltungsbereich
        [exceptions] Fälle, in denen keine Einwilligung eingeholt wird
        [dpv] DPV-Konzept
        [custom] eigener Begriff der Datenschutzerklärung
        [label] Bezeichnung
        [text] Text
        [marker] Aufzählungszeichen
       *[other] { $id }
    }
# Werte im Nominativ ohne Artikel („jetzt … (bisher: …)“).
diff-value =
    { $id ->
        [entrusted] Auftragsverarbeitung
        [sharing] Weitergabe
        [transfer] Übertragung
        [disclosure] öffentliche Offenlegung
        [user] vom Nutzer angegeben
        [automatic] automatisch erhoben
        [third-party] von Dritten erhalten
        [necessary] erforderlich
        [optional] freiwillig
        [controller] Verantwortlicher
        [processor] Auftragsverarbeiter für Kunden
        [low] niedrig
        [medium] mittel
        [high] hoch
        [honored] beachtet
        [ignored] nicht beachtet
        [every] jede Änderung
        [material] nur wesentliche Änderungen
        [gdpr] Art. 27 DSGVO
        [uk-gdpr] Art. 27 UK GDPR
        [pipl] Art. 53 PIPL
        [pipa] PIPA (Korea)
        [true] ja
        [false] nein
       *[other] { $id }
    }
# Im Dativ: steht nach „Angaben zu“ (diff-note-review, die *-near-facts-Nachrichten, evidence-found
# facts-*), auch als Glied einer Liste („zu dem Geschäftsmodell und Ihren Rechten“); ein Substantiv im
# Singular braucht daher seinen Artikel.
subject-rule =
    { $rule ->
        [service-model] dem Geschäftsmodell
        [ownership] den Verantwortlichen
        [recipients] Empfängern personenbezogener Daten
        [rights] Ihren Rechten
        [rights-reduced] Ihren Rechten
        [contact] Kontaktdaten
       *[risk-assessment] Folgenabschätzungen
    }
diff-note-review = Ein Prüfer sollte bestätigen, dass sich keine Angabe geändert hat: Dieser Teil der Datenschutzerklärung enthält Angaben zu { $subjects }.
diff-note-translation-only = Nur die Fassung auf { $langs } wurde geändert; die maßgebliche Fassung auf { $authoritative } ist unverändert, und die Fassung auf { $langs } ist nicht verbindlich.
diff-note-translation-unchanged = Die Fassung auf { $langs } wurde nicht zusammen mit der maßgeblichen Fassung geändert: Bitte prüfen Sie die Übersetzung.
diff-note-possible-rename = Eine Angabe derselben Art wurde als `{ $id }` hinzugefügt: Falls es sich um dieselbe Angabe mit neuer Kennung handelt, behalten Sie die bisherige Kennung bei, damit der Vergleich sie zuordnen kann.
diff-note-other-policy = Die beiden Dateien enthalten verschiedene Datenschutzerklärungen (`{ $old }` und `{ $new }`).
diff-language = { $name } ({ $tag })
# ---- diff: consent
consent-rights-reduced = Eine Einschränkung von Rechten gilt für Nutzer nur mit deren ausdrücklicher Einwilligung (Regel rights-reduced).
consent-general = Eine früher erteilte Einwilligung umfasst die damals angegebenen Zwecke, Daten und Empfänger; diese Änderung geht darüber hinaus.
consent-pipl-new-purpose-or-data = Art. 14 PIPL: Ändern sich die Verarbeitungszwecke, die Art und Weise der Verarbeitung oder die Kategorien der verarbeiteten personenbezogenen Daten, ist die Einwilligung der betroffenen Person erneut einzuholen.
consent-pipl-new-recipient = Art. 23 PIPL: Wer personenbezogene Daten einem anderen Verarbeiter bereitstellt, muss die betroffene Person über Namen und Kontaktdaten des Empfängers, die Verarbeitungszwecke, die Art und Weise der Verarbeitung und die Kategorien der personenbezogenen Daten informieren und ihre gesonderte Einwilligung einholen.
consent-pipl-new-destination = Art. 39 PIPL: Wer personenbezogene Daten außerhalb der Volksrepublik China bereitstellt, muss die betroffene Person über den ausländischen Empfänger und darüber informieren, wie sie ihm gegenüber ihre Rechte ausüben kann, und ihre gesonderte Einwilligung einholen.
consent-gdpr-new-purpose = Art. 6 Abs. 4 und Art. 13 Abs. 3 DSGVO: Eine Verarbeitung für einen neuen Zweck erfordert eine Einwilligung oder eine andere Rechtsgrundlage, es sei denn, sie ist mit dem Zweck vereinbar, für den die Daten erhoben wurden, und die Nutzer müssen vor Beginn dieser Verarbeitung informiert werden; beruht sie auf einer Einwilligung, ist diese erneut einzuholen.
consent-gdpr-new-data = Art. 6 Abs. 1 lit. a, Art. 7 und Art. 13 Abs. 3 DSGVO: Eine Einwilligung gilt nur für die Daten, für die sie erteilt wurde; beruht die Verarbeitung auf einer Einwilligung, ist diese für neue Datenkategorien erneut einzuholen, und die Nutzer müssen vorher informiert werden.
consent-gdpr-new-recipient = Art. 13 Abs. 1 lit. e und Abs. 3 DSGVO: Die Nutzer müssen über neue Empfänger informiert werden, bevor ihre Daten weitergegeben werden; beruht die Weitergabe auf einer Einwilligung, ist diese erneut einzuholen.
consent-gdpr-new-destination = Art. 13 Abs. 1 lit. f und Art. 49 Abs. 1 lit. a DSGVO: Die Nutzer müssen über eine Übermittlung in ein neues Drittland informiert werden; beruht sie weder auf einem Angemessenheitsbeschluss noch auf geeigneten Garantien, ist ihre ausdrückliche Einwilligung erforderlich.
# ---- diff: mod (change headings)
diff-wording-changed = Wortlaut geändert
# ---- diff: header
diff-header-title = Titel der Datenschutzerklärung
diff-header-the-policy = Datenschutzerklärung
diff-header-term-label = Bezeichnung des Begriffs { $id }
# ---- diff: document
diff-doc-section-added = Abschnitt hinzugefügt
diff-doc-section-removed = Abschnitt entfernt
diff-doc-text-added = Text hinzugefügt
diff-doc-text-removed = Text entfernt
diff-doc-under = unter { $p }
diff-doc-paragraph = Absatz { $n }
diff-doc-list-item = Listenpunkt { $n }
diff-doc-section-title = Abschnittstitel
diff-doc-unnumbered = ohne Nummer
# Steht in change-any--moved nach „von“ oder „nach“, daher im Dativ mit Artikel.
diff-doc-top-level = der obersten Ebene
diff-doc-a-list = eine Liste
# ---- diff: facts (names of facts)
# Ländernamen kommen ohne Artikel („Vereinigte Arabische Emirate“), Regionen mit Artikel („die
# Vereinigten Staaten“, „der Europäische Wirtschaftsraum“) oder als Umstandsangabe („außerhalb
# Chinas“, „weltweit“): daher nach Doppelpunkt in Klammern, ohne Präposition.
diff-fact-transfer = Übermittlung (Ziel: { $to })
diff-fact-storage = Speicherung (Ort: { $at })
diff-fact-minors = Minderjährige unter { $age } Jahren
diff-fact-contact-point = Kontaktstelle `{ $id }`
# $fact hat keinen Artikel („Recht auf Auskunft“): „Wortlaut von Recht auf Auskunft“ wäre falsch.
diff-fact-text = { $fact } (Wortlaut)
diff-fact-requests = Bearbeitung von Anträgen
diff-fact-everywhere = überall
# Steht in change-any--moved nach „von“ oder „nach“ („von außerhalb aller Abschnitte nach 3. …“).
diff-fact-top-of-policy = außerhalb aller Abschnitte
diff-fact-website = Website
diff-fact-incident = Benachrichtigung bei Datenschutzverletzungen
diff-fact-retention = Speicherung personenbezogener Daten
diff-fact-cookies = Cookies
diff-fact-changes = Zusage zu Änderungen
diff-fact-consent = Einwilligungsregelung `{ $id }`
diff-fact-security = Sicherheitsmaßnahmen `{ $id }`
diff-fact-assessment = Folgenabschätzung `{ $id }`
# ---- diff: fields
diff-none = keine Angabe
diff-fields-case = { $fact }, Fall `{ $id }`
diff-fields-not-stated = nicht angegeben
diff-fields-all-items = alle personenbezogenen Daten
# ---- diff: table
diff-table-row-added = Tabellenzeile hinzugefügt
diff-table-row-removed = Tabellenzeile entfernt
diff-table-added = Tabelle hinzugefügt
diff-table-removed = Tabelle entfernt
diff-table-caption = { $t }, Beschriftung
diff-table-cell = { $t }, Zeile { $r }, Spalte „{ $c }“
diff-table-captioned = Tabelle { $c }
diff-table-numbered = Tabelle { $n }
# Steht in Klammern nach „bisher:“ (change-table_cell--changed), daher selbst ohne Klammern.
diff-table-nothing = leer
diff-table-heading = { $t }, Überschrift von Spalte { $n }
# ---- diff: shared words
diff-parenthesis = { " " }({ $text })
diff-labelled = { $label }: { $text }
diff-header-marker-separator = { ", " }
diff-excerpt = „{ $text }“
# Die deutschen Bezeichnungen der Rechte (builtin.toml) nennen das Recht schon selbst
# („Recht auf Auskunft“, „Widerspruchsrecht“): Sie werden immer unverändert gezeigt.
diff-fact-right =
    { $named ->
        [yes] { $label }
       *[no] { $label }
    }
diff-fact-right-endings = recht Recht
# ---- diff: output (policyc diff for people and as Markdown)
diff-out-headline-none = Keine Änderung: Beide Versionen sagen dasselbe aus
diff-out-headline-dates-only = Redaktionell: nur die Datumsangaben der Version geändert
diff-out-headline-editorial =
    Redaktionell: { $count } { PLURAL($count) ->
        [one] Änderung
       *[other] Änderungen
    } an Wortlaut oder Form; keine Angabe geändert
diff-out-headline-minor =
    Geringfügig: { $count } { PLURAL($count) ->
        [one] Änderung
       *[other] Änderungen
    } zu veröffentlichen; keine erfordert einen hervorgehobenen Hinweis
diff-out-headline-major =
    Wesentlich: { $count } { PLURAL($count) ->
        [one] Änderung erfordert
       *[other] Änderungen erfordern
    } einen hervorgehobenen Hinweis
diff-out-headline-consent =
    Einwilligung erforderlich: { $count } { PLURAL($count) ->
        [one] Änderung erfordert
       *[other] Änderungen erfordern
    } eine ausdrückliche Einwilligung
diff-out-headline-also-major =
    ; { $count } { PLURAL($count) ->
        [one] erfordert
       *[other] erfordern
    } einen hervorgehobenen Hinweis
# Das Substantiv „Änderung(en)“ ist ausgelassen; das Adjektiv hat nach der Zahl in Singular und
# Plural dieselbe Endung („1 wesentliche, 2 redaktionelle“).
diff-out-count =
    { $count } { $severity ->
        [consent] einwilligungspflichtige
        [major] wesentliche
        [minor] geringfügige
       *[editorial] redaktionelle
    }
diff-out-count-separator = { ", " }
diff-out-no-changes = keine Änderungen
diff-out-date-changed =
    { $date ->
        [effective] Gültig ab
        [updated] Zuletzt aktualisiert
       *[released] Veröffentlicht
    }: { $old } → { $new }
diff-out-group =
    { $severity ->
        [consent] Erfordert ausdrückliche Einwilligung
        [major] Erfordert hervorgehobenen Hinweis
        [minor] Geringfügige Änderungen
        [editorial] Redaktionelle Änderungen
       *[none] Keine Änderungen
    } ({ $count })
diff-out-fresh-consent = Erfordert eine erneute Einwilligung der Nutzer, die bereits eingewilligt haben ({ $count })
diff-out-with-rule = { $summary } (Regel { $rule })
diff-out-note = Hinweis: { $note }
diff-out-note-label = Hinweis:
# $severity und $was kommen als englische Kennungen (editorial, minor, major, consent): Jede wird hier
# auf Deutsch gesagt; nur eine unbekannte Kennung erscheint unverändert. $was ist, was der Vergleich
# ursprünglich festgestellt hatte.
diff-out-decided =
    Von { $by } am { $date } als { $severity ->
        [editorial] redaktionell
        [minor] geringfügig
        [major] wesentlich
        [consent] einwilligungspflichtig
       *[other] { $severity }
    } eingestuft (ursprünglich: { $was ->
        [editorial] redaktionell
        [minor] geringfügig
        [major] wesentlich
        [consent] einwilligungspflichtig
       *[other] { $was }
    }{ $rule }): { $reason }
diff-out-decided-rule = { ", " }Regel { $rule }
# ---- diff: output/review (policyc review)
diff-review-counts =
    { $count } noch nicht { PLURAL($count) ->
        [one] eingestufte textbasierte Änderung
       *[other] eingestufte textbasierte Änderungen
    } (davon { $major } wesentlich); { $decided } eingestuft
diff-review-severity = { $severity ->
    [consent] Einwilligung erforderlich
    [major] Wesentlich
    [minor] Geringfügig
   *[editorial] Redaktionell
}
diff-review-how = Stufen Sie jede Änderung mit --as editorial oder --as minor und einer Begründung ein, oder veröffentlichen Sie sie unverändert.
diff-review-evidence =
    Beleg ({ $rule }): { $side ->
        [new] Der Text enthält jetzt
       *[old] Der Text enthält nicht mehr
    } „{ $text }“ ({ $lang })
diff-review-decide = einstufen: { $command }

# ---- diff: Beleg (was die vorsichtige Einstufung in geändertem Text gefunden hat)
# Steht vor einem Doppelpunkt und den gefundenen Worten (diff-labelled), in Klammern nach dem
# zitierten Text; Kurzangaben, bezogen auf den geänderten Text. facts-*: nach dem Doppelpunkt folgt
# subject-rule im Dativ („Ihren Rechten“), daher „zu folgendem Thema“ (nie „zu:“); under-*: nach
# dem Doppelpunkt folgen Worte einer Überschrift oder Einleitung.
evidence-found = { $found ->
    [organisation-new] neue Organisation genannt
    [organisation-old] Organisation nicht mehr genannt
    [email-new] neue E-Mail-Adresse angegeben
    [email-old] E-Mail-Adresse nicht mehr angegeben
    [url-new] neue Webadresse angegeben
    [url-old] Webadresse nicht mehr angegeben
    [phone-new] neue Telefonnummer angegeben
    [phone-old] Telefonnummer nicht mehr angegeben
    [term-new] jetzt erwähnt
    [term-old] nicht mehr erwähnt
    [cue-new] jetzt im Text
    [cue-old] nicht mehr im Text
    [promise-new] neue Zusage
    [promise-old] Zusage zurückgezogen
    [exception-new] Ausnahme hinzugefügt
    [exception-old] Ausnahme entfernt
    [facts-new] hinzugefügt bei den Angaben zu folgendem Thema
    [facts-old] entfernt bei den Angaben zu folgendem Thema
    [under-new] hinzugefügt unter einer Überschrift oder Einleitung mit den Worten
    [under-old] entfernt unter einer Überschrift oder Einleitung mit den Worten
   *[quantity] Zahl geändert
}
