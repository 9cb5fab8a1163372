# Interfaz de policyc en español: el catálogo de todos los textos que el programa muestra en
# torno a una política de privacidad (páginas, sitio de archivo, resumen, avisos, duraciones y
# descripción de los cambios entre versiones). Traducción de locales/en.ftl.
#
# Sintaxis de Project Fluent (https://projectfluent.org/fluent/guide/): `id = texto`, variables
# `{ $nombre }`, variantes de plural y de otro tipo mediante selectores. Las llaves que deben
# mostrarse como texto se escriben `{"{"}`. Se conservan los identificadores de los mensajes y
# las variables; solo se traducen los textos. Terminología: la de vocabulary/builtin.toml (es).

# El nombre de este idioma en el propio idioma (lo muestran los menús de idiomas).
language-self = Español

# ---------------------------------------------------------------- cambios (tabla de reglas del diff)
# Un mensaje por fila de src/diff/rules/table.rs: change-CLAVE--EVENTO.
change-policy_id--changed = El identificador de la política cambia de { $old } a { $new }
change-policy_languages--items-added = Ahora también se publica en: { $what }
change-policy_languages--items-removed = Ya no se publica en: { $what }
change-policy_binding--items-added = Traducción que ahora es vinculante: { $what }
change-policy_binding--items-removed = Traducción que ya no es vinculante: { $what }
change-policy_authoritative--changed = El idioma que prevalece cambia de { $old } a { $new }
change-policy_numbering--changed = La numeración de las secciones cambia de { $old } a { $new }
change-section--added = Sección añadida: { $fact }
change-section--added-near-facts = Sección añadida donde la política expone { $subjects }: { $fact }
change-section--removed = Sección eliminada: { $fact }
change-section--removed-near-facts = Sección eliminada donde la política expone { $subjects }: { $fact }
change-section_number--changed = Cambio de numeración de la sección { $fact }: { $old } → { $new }
change-prose--added = Texto añadido: { $what }
change-prose--added-near-facts = Texto añadido donde la política expone { $subjects }: { $what }
change-prose--removed = Texto eliminado: { $what }
change-prose--removed-near-facts = Texto eliminado donde la política expone { $subjects }: { $what }
change-list_marker--changed = Los marcadores de lista cambian de { $old } a { $new }
change-table--added = Tabla añadida: { $what }
change-table--added-near-facts = Tabla añadida donde la política expone { $subjects }: { $what }
change-table--removed = Tabla eliminada: { $what }
change-table--removed-near-facts = Tabla eliminada donde la política expone { $subjects }: { $what }
change-table_row--added = Fila de tabla añadida: { $what }
change-table_row--added-near-facts = Fila de tabla añadida donde la política expone { $subjects }: { $what }
change-table_row--removed = Fila de tabla eliminada: { $what }
change-table_row--removed-near-facts = Fila de tabla eliminada donde la política expone { $subjects }: { $what }
change-table_cell--changed = { $what } muestra ahora { $new } (antes: { $old })
change-term_label--changed = La etiqueta del término { $fact } cambia de { $old } a { $new }
change-controller--added = Nuevo responsable del tratamiento: { $fact }
change-controller--removed = Responsable del tratamiento eliminado: { $fact }
change-controller_name--changed = El responsable del tratamiento pasa a denominarse { $new } (antes: { $old })
change-controller_group--set = Ahora consta que { $fact } pertenece a { $new }
change-controller_group--changed = { $fact } pertenece ahora a { $new } (antes: { $old })
change-controller_group--unset = Ya no consta que { $fact } pertenezca a { $old }
change-joint-controller--added = Nuevo corresponsable del tratamiento: { $fact }
change-joint-controller--removed = Corresponsable del tratamiento eliminado: { $fact }
change-joint-controller_name--changed = El corresponsable del tratamiento pasa a denominarse { $new } (antes: { $old })
change-joint-controller_purposes--items-added = { $fact } es ahora también corresponsable del tratamiento para las finalidades siguientes: { $what }
change-joint-controller_purposes--items-removed = { $fact } ya no es corresponsable del tratamiento para las finalidades siguientes: { $what }
change-joint-controller_items--items-added = { $fact } recibe datos personales: { $what }
change-service--added = Nuevo servicio al que se aplica la política: { $fact }
change-service--removed = Servicio al que ya no se aplica la política: { $fact }
change-collect--added = Nueva recogida de datos personales: { $fact } ({ $what })
change-collect--removed = Recogida de datos personales eliminada: { $fact } ({ $what })
change-collect_items--items-added = { $fact }: nuevos datos personales recogidos: { $what }
change-collect_items--items-removed = { $fact }: datos personales que ya no se recogen: { $what }
change-collect_purposes--items-added = { $fact }: nuevas finalidades: { $what }
change-collect_purposes--items-removed = { $fact }: finalidades eliminadas: { $what }
change-collect_necessity--decreased = { $fact }: facilitar los datos es ahora necesario; negarse a facilitarlos impide ahora utilizar la función
change-collect_necessity--increased = { $fact }: facilitar los datos es ahora opcional; negarse a facilitarlos ya no impide utilizar la función
change-purpose--added = Nueva finalidad del tratamiento: { $fact }
change-purpose--removed = Finalidad del tratamiento eliminada: { $fact }
change-cookies--added = Nuevo uso de cookies: { $fact }
change-cookies--removed = Declaración sobre cookies eliminada: { $fact }
change-cookies_no-cross-site-tracking--disabled = Ya no se descarta el seguimiento entre sitios web
change-recipient--added-new-kind = Nuevo tipo de destinatario: { $fact }
change-recipient--added = Nuevo destinatario: { $fact }
change-recipient--removed = Destinatario eliminado: { $fact }
change-recipient_kind--changed = El tipo de destinatario cambia de { $old } a { $new }
change-recipient_name--set = { $fact }: ahora consta el nombre del destinatario: { $new }
change-recipient_name--changed = { $fact }: el destinatario es ahora { $new } (antes: { $old })
change-recipient_name--unset = { $fact }: ya no consta el nombre del destinatario (antes: { $old })
change-recipient_country--set = { $fact }: ahora consta el país de establecimiento: { $new }
change-recipient_country--changed = { $fact }: el país de establecimiento es ahora { $new } (antes: { $old })
change-recipient_country--unset = { $fact }: ya no consta el país de establecimiento (antes: { $old })
change-recipient_purposes--items-added = { $fact }: ahora recibe datos personales también para las finalidades siguientes: { $what }
change-recipient_purposes--items-removed = { $fact }: ya no recibe datos personales para las finalidades siguientes: { $what }
change-transfer--added = Nueva transferencia internacional: { $fact }
change-transfer--removed = Transferencia internacional eliminada: { $fact }
change-transfer_to--items-added = Nuevo destino de las transferencias: { $what }
change-transfer_to--items-removed = Destino de las transferencias eliminado: { $what }
change-storage--added = Nuevo lugar de almacenamiento: { $fact }
change-storage--removed = Lugar de almacenamiento eliminado: { $fact }
change-storage_location--items-added = Lugares en los que ahora también se almacenan los datos personales: { $what }
change-storage_location--items-removed = Lugares en los que ya no se almacenan los datos personales: { $what }
change-right--added = Nuevo derecho: { $fact }
change-right--removed = Derecho eliminado: { $fact }
change-right_kind--changed = Derecho sustituido: { $old } → { $new }
change-right_channels--channel-withdrawn = { $fact }: ya no puede ejercerse mediante { $what }
change-right_channels--channel-changed = { $fact }: los canales de ejercicio cambian de { $old } a { $new }
change-right_channels--channel-added = { $fact }: nuevos canales de ejercicio: { $what }
change-right_respond-within--lengthened = { $fact }: el plazo de respuesta se amplía de { $old } a { $new }
change-right_respond-within--unset = { $fact }: ya no se asume ningún compromiso sobre el plazo de respuesta (antes: { $old })
change-right_respond-within--shortened = { $fact }: el plazo de respuesta se acorta de { $old } a { $new }
change-right_respond-within--set = { $fact }: nuevo compromiso sobre el plazo de respuesta: { $new }
change-right_when--case-added = { $fact }: nuevo supuesto en el que se aplica el derecho: { $what }
change-right_when--case-removed = { $fact }: ya no se aplica en este supuesto: { $what }
change-right_when--narrowed = { $fact }: ahora solo se aplica en estos supuestos: { $what }
change-right_when--widened = { $fact }: ya no se limita a los supuestos que enumeraba: { $what }
change-right_except--case-added = { $fact }: nuevo supuesto en el que puede denegarse una solicitud: { $what }
change-right_except--case-removed = { $fact }: ya no puede denegarse una solicitud en este supuesto: { $what }
change-right_jurisdictions--narrowed = { $fact }: ahora solo se aplica en { $new } (antes: { $old })
change-requests--added = Nueva norma de tramitación de las solicitudes: { $fact }
change-requests--removed = Norma de tramitación de las solicitudes eliminada: { $fact }
change-requests_respond-within--lengthened = { $fact }: el plazo de respuesta se amplía de { $old } a { $new }
change-requests_respond-within--unset = { $fact }: ya no se asume ningún compromiso sobre el plazo de respuesta (antes: { $old })
change-requests_respond-within--shortened = { $fact }: el plazo de respuesta se acorta de { $old } a { $new }
change-requests_verify-identity--enabled = { $fact }: las solicitudes requieren ahora acreditar la identidad
change-requests_verify-identity--disabled = { $fact }: las solicitudes ya no requieren acreditar la identidad
change-requests_except--case-added = { $fact }: nuevo supuesto en el que no se atiende ninguna solicitud: { $what }
change-requests_except--case-removed = { $fact }: ahora se atienden las solicitudes en este supuesto: { $what }
change-requests_channels--channel-withdrawn = { $fact }: ya no pueden presentarse solicitudes mediante { $what }
change-requests_jurisdictions--narrowed = { $fact }: ahora solo se aplica en { $new } (antes: { $old })
change-consent--added = Nueva norma sobre el consentimiento: { $fact }
change-consent--removed = Norma sobre el consentimiento eliminada: { $fact }
change-consent_exceptions--case-added = Nuevo supuesto en el que no se solicita su consentimiento: { $what }
change-consent_exceptions--case-removed = Ahora se solicita su consentimiento en este supuesto: { $what }
change-consent_jurisdictions--narrowed = { $fact }: ahora solo se aplica en { $new } (antes: { $old })
change-minors--added = Nueva protección de los menores: { $fact }
change-minors--removed = Protección de los menores eliminada: { $fact }
change-minors_age--decreased = La edad límite de protección de los menores se rebaja de { $old } a { $new }
change-minors_age--increased = La edad límite de protección de los menores se eleva de { $old } a { $new }
change-minors_parental-consent--disabled = { $fact }: ya no se exige el consentimiento de los padres o tutores
change-minors_parental-consent--enabled = { $fact }: ahora se exige el consentimiento de los padres o tutores
change-minors_no-service--disabled = { $fact }: ahora se les ofrecen los servicios
change-minors_no-service--enabled = { $fact }: ya no se les ofrecen los servicios
change-minors_jurisdictions--narrowed = { $fact }: ahora solo se aplica en { $new } (antes: { $old })
change-cookies--removed-protection = Declaración sobre cookies eliminada, junto con sus medios para rechazar las cookies: { $what }
change-cookies_refuse--items-removed = Medio para rechazar las cookies que ya no se ofrece: { $what }
change-cookies_refuse--items-added = Nuevo medio para rechazar las cookies: { $what }
change-cookies_do-not-track--decreased = Ya no se respetan las señales «No rastrear» (Do Not Track)
change-cookies_do-not-track--increased = Ahora se respetan las señales «No rastrear» (Do Not Track)
change-changes_consent-for-reduction--disabled = Se retira el compromiso de no reducir sus derechos sin su consentimiento explícito
change-changes_consent-for-reduction--enabled = Se asume el compromiso de no reducir sus derechos sin su consentimiento explícito
change-changes--removed-protection = Se elimina el compromiso sobre los cambios de la política, junto con el compromiso de no reducir sus derechos sin su consentimiento explícito
change-requests_respond-within-for--lengthened = { $fact }: el plazo de respuesta a las solicitudes de { $what } se amplía de { $old } a { $new }
change-requests_respond-within-for--unset = { $fact }: ya no se asume ningún compromiso sobre el plazo de respuesta a las solicitudes de { $what } (antes: { $old })
change-requests_respond-within-for--shortened = { $fact }: el plazo de respuesta a las solicitudes de { $what } se acorta de { $old } a { $new }
change-requests_respond-within-for--set = { $fact }: nuevo compromiso sobre el plazo de respuesta a las solicitudes de { $what }: { $new }
change-requests_respond-within-for--restated = { $fact }: el plazo de respuesta a las solicitudes de { $what } se reformula de { $old } a { $new } (misma duración)
change-requests_respond-within-for--changed = { $fact }: el plazo de respuesta a las solicitudes de { $what } se expresa de otro modo; sigue siendo { $new }
change-changes_notify-on--decreased = Ahora solo se notifican los cambios sustanciales (antes: { $old })
change-changes_notify-on--increased = Ahora se notifican todos los cambios (antes: { $old })
change-changes_notify-on--unset = Se retira el compromiso sobre qué cambios se notifican (antes: { $old })
change-changes_notify-on--set = Nuevo compromiso sobre qué cambios se notifican: { $new }
change-promise--added = Nuevo compromiso: { $fact }
change-promise--removed = Compromiso retirado: { $fact }
change-promise_kind--changed = Compromiso sustituido: { $old } → { $new }
change-promise_except--case-added = { $fact }: nuevo supuesto en el que el compromiso no se aplica: { $what }
change-promise_except--case-removed = { $fact }: el compromiso se aplica ahora también en este supuesto: { $what }
change-promise_items--narrowed = { $fact }: ahora solo abarca los siguientes datos: { $new } (antes: { $old })
change-promise_items--widened = { $fact }: ahora abarca los siguientes datos: { $new } (antes: { $old })
change-promise_items--items-removed = { $fact }: ya no abarca los siguientes datos: { $what }
change-promise_items--items-added = { $fact }: ahora abarca también los siguientes datos: { $what }
change-promise_regions--items-added = { $fact }: ahora los datos personales pueden transferirse también a los siguientes destinos: { $what }
change-promise_regions--items-removed = { $fact }: ahora los datos personales tampoco se transfieren a los siguientes destinos: { $what }
change-promise_jurisdictions--narrowed = { $fact }: ahora solo se aplica en { $new } (antes: { $old })
change-changelog--added = Entrada del registro de cambios añadida ({ $fact }): { $what }
change-changelog--removed = Entrada del registro de cambios eliminada ({ $fact }): { $what }
change-changelog--changed = Cambio de redacción de la entrada del registro de cambios ({ $fact }): { $what }
change-jurisdiction_regions--items-removed = { $fact }: regiones eliminadas: { $what }; los derechos limitados a este ámbito alcanzan ahora a menos personas
change-contact--added = Nuevo punto de contacto: { $fact }
change-contact--removed = Punto de contacto eliminado: { $fact }
change-contact--channel-withdrawn = { $fact }: ya no pueden ejercerse mediante { $what } los siguientes derechos: { $rights }
change-contact_complaints--disabled = { $fact } ya no atiende reclamaciones
change-contact_complaints--enabled = { $fact } atiende ahora reclamaciones
change-contact_respond-within--lengthened = { $fact }: el plazo de respuesta se amplía de { $old } a { $new }
change-contact_respond-within--unset = { $fact }: ya no se asume ningún compromiso sobre el plazo de respuesta (antes: { $old })
change-representative--added = Nuevo representante local: { $fact }
change-representative--removed = Representante local eliminado: { $fact }
change-authority--added = Nueva autoridad de control u organismo de reclamaciones: { $fact }
change-authority--removed = Autoridad de control u organismo de reclamaciones eliminado: { $fact }
change-authority--channel-withdrawn = { $fact }: ya no es posible dirigirse a esta entidad mediante { $what } para ejercer los siguientes derechos: { $rights }
change-assessment--added-high-risk = Una evaluación de impacto señala un alto riesgo: { $fact }
change-assessment_risk--became-high = { $fact } señala ahora un alto riesgo (antes: { $old })
change-security_measures--items-added = Nuevas medidas de seguridad: { $what }
change-security_measures--items-removed = Medidas de seguridad que ya no constan: { $what }
change-any--added = Elemento añadido: { $fact }
change-any--added-new-kind = Elemento añadido: { $fact }
change-any--added-high-risk = Elemento añadido: { $fact }
change-any--added-near-facts = Elemento añadido: { $fact }
change-any--removed = Elemento eliminado: { $fact }
change-any--removed-protection = Elemento eliminado: { $fact }
change-any--removed-near-facts = Elemento eliminado: { $fact }
change-any--moved = Elemento desplazado: { $fact }, de { $old } a { $new }
change-any--reordered = Cambio de orden: { $fact }
change-any--renumbered = Cambio de numeración: { $fact }, de { $old } a { $new }
change-any--changed = { $fact }: { $field }: cambia de { $old } a { $new }
change-any--set = { $fact }: { $field }: ahora consta { $new }
change-any--unset = { $fact }: { $field }: ya no consta (antes: { $old })
change-any--enabled = { $fact }: ahora incluye { $field }
change-any--disabled = { $fact }: ya no incluye { $field }
change-any--items-added = { $fact }: { $field }: elementos añadidos: { $what }
change-any--items-removed = { $fact }: { $field }: elementos eliminados: { $what }
change-any--increased = { $fact }: { $field }: cambia de { $old } a { $new }
change-any--decreased = { $fact }: { $field }: cambia de { $old } a { $new }
change-any--became-high = { $fact }: { $field }: cambia de { $old } a { $new }
change-any--lengthened = { $fact }: { $field }: se amplía de { $old } a { $new }
change-any--shortened = { $fact }: { $field }: se acorta de { $old } a { $new }
change-any--restated = { $fact }: { $field }: se reformula de { $old } a { $new } (misma duración)
change-any--case-added = { $fact }: { $field }: supuesto añadido: { $what }
change-any--case-removed = { $fact }: { $field }: supuesto eliminado: { $what }
change-any--narrowed = { $fact }: ahora solo se aplica en { $new } (antes: { $old })
change-any--widened = { $fact }: ahora se aplica en { $new } (antes: { $old })
change-any--channel-added = { $fact }: nuevos canales: { $what }
change-any--channel-changed = { $fact }: los canales cambian de { $old } a { $new }
change-any--channel-withdrawn = { $fact }: canales que ya no se ofrecen: { $what }
change-any--reworded = Cambio de redacción: { $what }
change-any--reworded-near-facts = Cambio de redacción donde la política expone { $subjects }: { $what }
change-any--typographic = Corrección tipográfica: { $what }
change-any--translation-only = Solo cambia la versión en { $lang }: { $what }
change-any--unclassified = Otro cambio en la estructura del documento
change-any--evidence-service-model = { $action }: { $what } ({ $evidence })
change-any--evidence-ownership = { $action }: { $what } ({ $evidence })
change-any--evidence-recipients = { $action }: { $what } ({ $evidence })
change-any--evidence-rights = { $action }: { $what } ({ $evidence })
change-any--evidence-contact = { $action }: { $what } ({ $evidence })
change-any--evidence-risk-assessment = { $action }: { $what } ({ $evidence })
change-any--evidence-rights-reduced = { $action }: { $what } ({ $evidence })

# ---------------------------------------------------------------- páginas de la política (plantillas: labels.NAME)
page-contents = Índice
page-summary = Resumen
page-collected = Qué datos recogemos
page-purposes = Para qué los utilizamos
page-recipients = Quién los recibe
page-responsible = Quién es el responsable del tratamiento
page-rights = Sus derechos y en qué plazo respondemos
page-contacts = A quién dirigirse
page-released = Publicación
page-updated = Última actualización
page-effective = Entrada en vigor
page-version = Versión
page-languages = Idiomas
page-not-stated = no consta
page-summary-note = Este resumen se genera a partir de la política que figura a continuación; lo que se aplica es el texto de la propia política.
# Lo que despliega el resumen, que aparece plegado para que el contenido de la política empiece
# cerca de la parte superior de la pantalla de un móvil.
page-summary-open = Mostrar el resumen
page-back-to-top = Volver arriba
# El primer enlace de la página de una política, que lleva a su texto (oculto hasta que recibe el foco).
page-skip = Ir a la política
page-promises = Nuestros compromisos
page-changelog = Cambios en esta política
page-colon = {": "}
page-open = {" ("}
page-close = {")"}

# ---------------------------------------------------------------- el sitio (plantillas: words.NAME)
site-skip = Ir al contenido
site-breadcrumb = Ruta de navegación
site-languages = Idiomas
site-home = Inicio
site-policies = Políticas
site-version = Versión
site-current-version = Versión vigente
site-effective = Entrada en vigor
site-published = Publicación
site-updated = Última actualización
site-status = Estado
site-severity = Cambio
site-rules = A qué se refieren los cambios
site-summary = Resumen
site-author-summary = En palabras del editor
site-all-versions = Todas las versiones y cambios
site-changelog = Versiones y cambios
site-changelog-intro = Todas las versiones publicadas de esta política, de la más reciente a la más antigua. Cada una enlaza a su texto completo y a los cambios introducidos respecto de la versión anterior.
site-what-changed = Qué ha cambiado
# El enlace de una versión archivada a la página de todo lo que ha cambiado desde ella hasta la
# versión hoy vigente, y el nombre de esa página en la ruta de navegación.
site-since = Qué ha cambiado desde esta versión
# El título de esa página ($version: la versión archivada desde la que parte).
site-since-title = Qué ha cambiado desde la versión { $version }
# Bajo ese título: qué compara la página ($version: la versión archivada; $current: la versión
# hoy vigente; $count: cuántas versiones se han publicado después de $version, hasta $current
# inclusive). Sus cambios se califican según el más importante de ellos.
site-since-compared = Comparación de la versión { $version } con la versión hoy vigente, { $current }. { PLURAL($count) ->
        [one] Desde entonces se ha publicado una versión.
       *[other] Desde entonces se han publicado { $count } versiones: sus cambios se muestran en conjunto y su calificación es la del más importante.
    }
site-read-version = Leer esta versión
site-read-current = Leer la versión vigente
site-previous-version = Versión anterior
site-periods = Qué versión se aplicaba en cada momento
site-periods-intro = Para saber qué versión se aplicaba en una fecha determinada (por ejemplo, el día en que usted se registró), busque el período que la incluye.
site-from = Desde
site-until = Hasta
site-until-now = hasta nuevo aviso
site-never-in-effect = sustituida antes de entrar en vigor
site-feed = Canal Atom de nuevas versiones
site-legend = El texto eliminado aparece tachado; el texto insertado, subrayado.
site-deleted = eliminado
site-inserted = insertado
site-no-changes = No ha cambiado nada visible para el lector.
site-not-found = Página no encontrada
site-not-found-text = No hay ninguna página en esta dirección. La lista de políticas está en la página de inicio.
site-notice = Cambio importante
site-upcoming-notice = Próximo cambio
site-superseded-notice = Versión sustituida
site-generated = Generado por policyc a partir del archivo de políticas.
# De quién es la política de la que trata una página, en los títulos, la ruta de navegación, las
# fichas de la página de inicio y los canales: $publisher es el nombre del responsable del tratamiento
# (o los nombres, unidos por «y»), $title el título propio de la política («Política de privacidad»).
# Solo se usa cuando el título no incluye ya ese nombre. En español el título va primero y el nombre
# después, con «de»: «Política de privacidad de HitGen Inc.».
site-policy-title = { $title } de { $publisher }
# Se imprime bajo la cabecera de una versión (solo en papel): dónde sigue pudiéndose leer la versión.
site-permanent-address = Dirección permanente de esta versión
# El titular de la página «qué ha cambiado» de una versión, para el lector ($severity: consent,
# major, minor, editorial, none; $date: el día en que la versión entra en vigor, ya escrito como
# se escriben las fechas en español, «26 de abril de 2021»). «Con entrada en vigor el» vale tanto
# para una fecha pasada como para una futura.
site-headline = { $severity ->
    [consent] Cambio importante que requiere su consentimiento, con entrada en vigor el { $date }: qué significa para usted
    [major] Cambio importante, con entrada en vigor el { $date }: qué significa para usted
    [minor] Cambios menores, con entrada en vigor el { $date }
    [editorial] Cambios solo de redacción, con entrada en vigor el { $date }: lo que hacemos con sus datos no cambia
   *[none] Primera versión, con entrada en vigor el { $date }
}
# Una frase con los cambios principales de una versión, en el registro de cambios y en el canal
# ($topics: las materias de sus cambios, rule-topic unidos por «y»).
site-key-changes = Principales cambios: { $topics }.
site-colon = {": "}
site-comma = {", "}
site-open = {" ("}
site-close = {")"}
# La gravedad de un cambio tal como la muestra una etiqueta ($id: none, editorial, minor, major, consent).
severity = { $id ->
    [none] Primera versión
    [editorial] Formal
    [minor] Menor
    [major] Importante
   *[consent] Requiere su consentimiento
}
# Una regla del diff tal como la ven los lectores: la materia de un cambio, como un título con
# las palabras del lector (registro de cambios, páginas de diferencias y canal del sitio; nunca el
# identificador de la regla).
rule-name = { $id ->
    [service-model] Qué datos recogemos y para qué
    [ownership] Quién es el responsable del tratamiento de sus datos
    [recipients] Quién recibe sus datos
    [rights] Sus derechos y cómo ejercerlos
    [contact] Cómo contactar con nosotros
    [risk-assessment] Riesgos para sus datos
   *[rights-reduced] Derechos que usted pierde
}
# La misma materia dentro de una frase (tras los dos puntos de site-key-changes, en una lista
# unida por «y»): como rule-name, en minúscula y, si es un sustantivo, con artículo.
rule-topic = { $id ->
    [service-model] qué datos recogemos y para qué
    [ownership] quién es el responsable del tratamiento de sus datos
    [recipients] quién recibe sus datos
    [rights] sus derechos y cómo ejercerlos
    [contact] cómo contactar con nosotros
    [risk-assessment] los riesgos para sus datos
   *[rights-reduced] los derechos que usted pierde
}
# Una línea bajo rule-name en una página de diferencias: de qué trata un cambio de esta materia.
rule-meaning = { $id ->
    [service-model] Los datos personales que recogemos, para qué los utilizamos y cuánto tiempo los conservamos.
    [ownership] La entidad responsable del tratamiento de sus datos, que puede cambiar, por ejemplo, tras una fusión, una adquisición o una quiebra.
    [recipients] Las entidades con las que compartimos sus datos o a las que se los comunicamos, y los lugares a los que se envían.
    [rights] Cómo puede acceder a sus datos, rectificarlos, suprimirlos o trasladarlos a otro servicio, retirar su consentimiento o presentar una reclamación, y en qué plazo le respondemos.
    [contact] A quién dirigirse en relación con sus datos y cómo hacerlo: el departamento competente, el delegado de protección de datos y las direcciones para contactar con ellos.
    [risk-assessment] Lo que ha revelado nuestra evaluación de los riesgos para sus datos.
   *[rights-reduced] Un cambio que elimina o limita un derecho que usted tenía: no se le aplica sin su consentimiento explícito.
}
# El estado de una versión.
version-status = { $id ->
    [current] Vigente
    [upcoming] Próxima
   *[superseded] Sustituida
}
# Qué le ha ocurrido a un elemento modificado.
change-kind = { $id ->
    [added] añadido
    [removed] eliminado
    [moved] desplazado
   *[changed] modificado
}
banner-version = Versión { $version }
banner-changes-in = Cambios en la versión { $version }
banner-compared-with = En comparación con la versión anterior, { $previous }.
# Un grupo de cambios en una página de diferencias, con el número de cambios que contiene.
changes-group = { $severity ->
    [consent] Cambios que requieren su consentimiento explícito
    [major] Cambios importantes
    [minor] Cambios menores
   *[editorial] Cambios formales
} ({ $count })
banner-notice-major = El { $date } entraron en vigor cambios en esta política que requieren su atención.
banner-notice-consent = Los cambios en esta política que entraron en vigor el { $date } reducen sus derechos: no se le aplican sin su consentimiento explícito.
banner-upcoming = Una nueva versión de esta política, la { $version }, entrará en vigor el { $date }.
banner-upcoming-self = Esta versión entrará en vigor el { $date }. Hasta entonces, se aplica la versión vigente.
banner-upcoming-first = Esta política entrará en vigor el { $date }.
banner-superseded = Esta versión ya no está en vigor: la ha sustituido la versión { $successor }, en vigor desde el { $date }.
feed-title = { $policy }: nuevas versiones
# $rules está vacío o es feed-entry-rules.
feed-entry-title = Versión { $version }: { $severity }{ $rules }
feed-entry-rules = {" "}({ $rules })
feed-entry-text =
    { $summary }

    Entrada en vigor: { $date }.

# ---------------------------------------------------------------- páginas de la política: el resumen
# Entre los detalles de una línea del resumen.
summary-separator = {"; "}
# Si es obligatorio facilitar los datos ($necessity: necessary, optional).
summary-necessity = { $necessity ->
    [necessary] necesarios
   *[optional] opcionales: puede negarse a facilitarlos
}
# De dónde proceden los datos ($source: user, automatic, third-party).
summary-source = { $source ->
    [user] facilitados por usted
    [automatic] recogidos automáticamente
   *[third-party] obtenidos de terceros
}
summary-processor = tratados por cuenta de los clientes
# Qué hace un destinatario con los datos ($activity: entrusted, sharing, transfer, disclosure).
summary-activity = { $activity ->
    [entrusted] encargo del tratamiento
    [sharing] compartición
    [transfer] cesión
   *[disclosure] divulgación pública
}
# Un derecho limitado a determinados lugares: el nombre del derecho y dónde se aplica.
summary-right-in = { $right } ({ $places })
# $time es una duración («un mes», «15 días hábiles»).
summary-answered-within = plazo de respuesta: { $time }
summary-answers-within = plazo de respuesta: { $time }
# Los datos a los que se refiere un compromiso negativo ($items: una lista de categorías de datos).
summary-concerning = datos afectados: { $items }
summary-applies-in = en { $places }
summary-with-exceptions = con excepciones
summary-notice-title = Notificación de cambios
# Qué cambios se notifican ($scope: every, material).
summary-notice-scope = { $scope ->
    [every] de todos los cambios
   *[material] solo de los cambios sustanciales
}

# ---------------------------------------------------------------- páginas de la política: las partes
party-for-purposes = con fines de { $purposes }
party-part-of = forma parte de { $group }
# La función de un responsable que no indica ningún grupo ($role: controller, processor).
party-role = { $role ->
    [controller] el responsable del tratamiento
   *[processor] el encargado del tratamiento
}
party-receives = recibe los siguientes datos: { $items }
party-joint-controller = corresponsable del tratamiento junto con nosotros, con fines de { $purposes }
# La norma conforme a la cual se designa a un representante ($law: gdpr, uk-gdpr, pipl, pipa).
party-representative = { $law ->
    [gdpr] representante en la UE conforme al artículo 27 del RGPD
    [uk-gdpr] representante en el Reino Unido conforme al artículo 27 del RGPD del Reino Unido
    [pipl] representante en China conforme al artículo 53 de la Ley de Protección de la Información Personal (PIPL)
   *[pipa] representante local en Corea conforme a la Ley de Protección de la Información Personal de Corea (PIPA)
}
party-complain-to-it = puede dirigirle sus reclamaciones

# ---------------------------------------------------------------- páginas de la política: el texto
# El nombre de un idioma ($language: la subetiqueta principal, en, zh, fr...; $tag: la etiqueta completa).
language-name = { $language ->
    [en] inglés
    [zh] chino
    [fr] francés
    [de] alemán
    [es] español
    [ja] japonés
    [ko] coreano
    [pt] portugués
   *[other] { $tag }
}
# Tras un párrafo cuya traducción se hizo a partir de una versión anterior del texto que
# prevalece ($language: el nombre de ese idioma, de language-name).
stale-translation = Esta traducción aún no se ha actualizado; prevalece la versión en { $language }
# Una referencia a una sección: $number tal como la numera la política («(8)», «2.1»), $digits
# lo mismo sin paréntesis («8»), $title el título de la sección.
section-ref = sección { $digits } «{ $title }»
# Como section-ref, sin título ($number, $digits).
section-ref-untitled = sección { $digits }
# Un título citado dentro de una frase.
quoted = «{ $text }»

# ---------------------------------------------------------------- duraciones
# Un número pequeño en letra delante de una unidad: «dos meses», «diez días hábiles»; los
# mayores, en cifras. El singular («un día», «una semana») se escribe en duration.
number-word = { $n ->
    [1] un
    [2] dos
    [3] tres
    [4] cuatro
    [5] cinco
    [6] seis
    [7] siete
    [8] ocho
    [9] nueve
    [10] diez
   *[other] { $n }
}
# Un período de tiempo: $word es number-word de $count; $unit: days, working-days, weeks, months, years.
# En singular se escribe el artículo con su género («un mes», «una semana») y no se usa $word.
duration = { $unit ->
    [days] { PLURAL($count) ->
        [one] un día
       *[other] { $word } días
    }
    [working-days] { PLURAL($count) ->
        [one] un día hábil
       *[other] { $word } días hábiles
    }
    [weeks] { PLURAL($count) ->
        [one] una semana
       *[other] { $word } semanas
    }
    [months] { PLURAL($count) ->
        [one] un mes
       *[other] { $word } meses
    }
   *[years] { PLURAL($count) ->
        [one] un año
       *[other] { $word } años
    }
}
# Un plazo que se nombra en lugar de contarse ($unit: promptly, reasonable-time, as-long-as-necessary).
duration-named = { $unit ->
    [promptly] sin dilación
    [reasonable-time] un plazo razonable
   *[as-long-as-necessary] mientras sea necesario
}
# Un plazo prorrogable: $base el plazo, $extension la prórroga (ambos duraciones).
duration-extendable = { $base }, prorrogable por { $extension } más

# ---------------------------------------------------------------- publicación
# Una línea que resume lo que cambió una versión: el número de cambios por gravedad.
summary-line-first = Primera versión publicada.
# $severity: consent, major, minor, editorial; $count: cuántos cambios de ese tipo.
summary-line-count = { $severity ->
    [consent] { PLURAL($count) ->
        [one] { $count } cambio que requiere su consentimiento explícito
       *[other] { $count } cambios que requieren su consentimiento explícito
    }
    [major] { PLURAL($count) ->
        [one] { $count } cambio importante
       *[other] { $count } cambios importantes
    }
    [minor] { PLURAL($count) ->
        [one] { $count } cambio menor
       *[other] { $count } cambios menores
    }
   *[editorial] { PLURAL($count) ->
        [one] { $count } cambio formal
       *[other] { $count } cambios formales
    }
}
summary-line-separator = {", "}
summary-line = { $parts }.

# La notificación de un cambio importante, en texto sin formato para un correo electrónico ($title: el título de la política).
notice-title = { $title }: cambios importantes
notice-intro = El texto actualizado de «{ $title }» (versión { $version }) entrará en vigor el { $date }. Los siguientes cambios requieren su atención:
notice-consent-again = Si usted ya prestó su consentimiento a esta política, los siguientes cambios requieren que vuelva a prestarlo:
notice-rights-reduced = Algunos de estos cambios reducen sus derechos: no se le aplicarán sin su consentimiento explícito.
notice-archived = La versión anterior ({ $version }) queda archivada para que pueda consultarla.
# El asunto del correo electrónico y el título de la notificación en HTML ($title: el título de la
# política con el nombre de la empresa, tal como lo forma site-policy-title: «Política de privacidad
# de HitGen Inc.»).
notice-subject = { $title }: cambios importantes
# Los dos enlaces de la notificación: a la página que muestra los cambios y a la nueva versión completa.
notice-link-changes = Ver qué ha cambiado
notice-link-policy = Leer la política completa

# ---------------------------------------------------------------- policyc diff
# ---- diff: rules/words
# Nombres de campos del modelo dentro de una frase de los mensajes change-any--* de es.ftl
# («…: campo: cambia de … a …»): sustantivos sin artículo. Los campos de sí o no
# (unconditional, report-to-regulators, no-cross-site-tracking, archive) solo aparecen tras
# «ahora incluye …» / «ya no incluye …» (change-any--enabled/disabled): llevan artículo.
diff-field =
    { $id ->
        [items] datos personales
        [purposes] finalidades
        [country] país
        [group] grupo
        [under] norma de designación
        [sources] fuentes
        [necessity] carácter necesario u opcional
        [role] función
        [activities] actividades
        [conditions] condiciones
        [unconditional] la ausencia de condiciones
        [to] destinos
        [from] orígenes
        [bases] bases jurídicas
        [basis] base jurídica
        [safeguards] garantías
        [location] lugar de almacenamiento
        [measures] medidas de seguridad
        [notify] medios de notificación
        [report-to-regulators] la notificación a las autoridades de control
        [period] plazo de conservación
        [criteria] criterios
        [channels] canales
        [respond-within] plazo de respuesta
        [when] supuestos en los que se aplica
        [except] supuestos en los que puede denegarse una solicitud
        [verify-identity] verificación de la identidad
        [age] edad límite de protección
        [parental-consent] consentimiento de los padres o tutores
        [no-service] exclusión de los menores del servicio
        [refuse] medios para rechazar las cookies
        [do-not-track] señales «No rastrear» (Do Not Track)
        [no-cross-site-tracking] la renuncia al seguimiento entre sitios web
        [department] departamento
        [officer] persona responsable
        [email] dirección de correo electrónico
        [phone] número de teléfono
        [address] dirección postal
        [url] dirección web
        [complaints] reclamaciones
        [major] tipos de cambio importante
        [notice-period] plazo de preaviso
        [consent-for-reduction] consentimiento previo a la reducción de sus derechos
        [archive] el archivo de las versiones anteriores
        [notify-on] cambios que se notifican
        [respond-within-for] plazo de respuesta para determinados derechos
        [source] fuente
        [risk] riesgo
        [regions] regiones
        [name] nombre
        [law] ley
        [affiliates] entidades a las que también se aplica
        [kind] tipo
        [jurisdictions] jurisdicciones
        [exceptions] supuestos en los que no se solicita el consentimiento
        [dpv] concepto DPV
        [custom] definido por la política
        [label] etiqueta
        [text] texto
        [marker] marcador de lista
       *[other] { $id }
    }
# Valores insertados en «cambia de … a …»: sin artículo, para evitar «de el» / «a el».
diff-value =
    { $id ->
        [entrusted] encargo del tratamiento
        [sharing] compartición
        [transfer] cesión
        [disclosure] divulgación pública
        [user] facilitados por usted
        [automatic] recogidos automáticamente
        [third-party] obtenidos de terceros
        [necessary] necesarios
        [optional] opcionales
        [controller] responsable del tratamiento
        [processor] encargado del tratamiento por cuenta de los clientes
        [low] bajo
        [medium] medio
        [high] alto
        [honored] respetadas
        [ignored] no respetadas
        [every] todos los cambios
        [material] solo los cambios sustanciales
        [gdpr] RGPD (art. 27)
        [uk-gdpr] RGPD del Reino Unido (art. 27)
        [pipl] PIPL (art. 53)
        [pipa] PIPA de Corea
        [true] sí
        [false] no
       *[other] { $id }
    }
# Tras «donde la política expone» / «esta parte de la política expone».
subject-rule =
    { $rule ->
        [service-model] el modelo de servicio
        [ownership] quién es el responsable del tratamiento
        [recipients] los destinatarios de los datos personales
        [rights] sus derechos
        [rights-reduced] sus derechos
        [contact] los datos de contacto
       *[risk-assessment] las evaluaciones de impacto
    }
diff-note-review = Un revisor debe confirmar que ningún hecho ha cambiado: esta parte de la política expone { $subjects }.
diff-note-translation-only = Solo ha cambiado el texto en { $langs }; el texto en { $authoritative }, que prevalece, no ha cambiado, y el texto en { $langs } no es vinculante.
diff-note-translation-unchanged = El texto en { $langs } no ha cambiado junto con el texto que prevalece: revise la traducción.
diff-note-possible-rename = Se ha añadido un hecho del mismo tipo con el identificador `{ $id }`: si es el mismo hecho con otro identificador, conserve el anterior para que el diff pueda emparejarlos.
diff-note-other-policy = Los dos archivos son políticas distintas (`{ $old }` y `{ $new }`).
# Nombres de idioma en minúscula, como language-name de es.ftl («el texto en inglés (en)»).
diff-language = { $name } ({ $tag })
# ---- diff: consent
consent-rights-reduced = Una reducción de derechos solo se aplica a los usuarios con su consentimiento explícito (regla rights-reduced).
consent-general = El consentimiento prestado antes abarca las finalidades, los datos y los destinatarios indicados entonces; este cambio va más allá de ellos.
consent-pipl-new-purpose-or-data = PIPL, art. 14: si cambian la finalidad del tratamiento, el método de tratamiento o las categorías de datos personales, debe obtenerse de nuevo el consentimiento de la persona.
consent-pipl-new-recipient = PIPL, art. 23: para proporcionar datos personales a otro responsable del tratamiento, debe informarse a la persona del nombre y los datos de contacto del destinatario, de la finalidad y el método del tratamiento y de las categorías de datos personales, y obtenerse su consentimiento por separado.
consent-pipl-new-destination = PIPL, art. 39: para proporcionar datos personales fuera de la República Popular China, debe informarse a la persona del destinatario en el extranjero y de cómo ejercer sus derechos frente a él, y obtenerse su consentimiento por separado.
consent-gdpr-new-purpose = RGPD, arts. 6.4 y 13.3: el tratamiento para una nueva finalidad requiere el consentimiento u otra base jurídica, salvo que sea compatible con la finalidad para la que se recogieron los datos, y debe informarse a los usuarios antes de iniciarlo; si se basa en el consentimiento, vuelva a solicitarlo.
consent-gdpr-new-data = RGPD, arts. 6.1.a), 7 y 13.3: el consentimiento solo abarca los datos para los que se prestó; si el tratamiento se basa en el consentimiento, las nuevas categorías de datos lo requieren de nuevo, y debe informarse antes a los usuarios.
consent-gdpr-new-recipient = RGPD, arts. 13.1.e) y 13.3: debe informarse a los usuarios de los nuevos destinatarios antes de comunicar sus datos a estos; si la comunicación se basa en el consentimiento, vuelva a solicitarlo.
consent-gdpr-new-destination = RGPD, arts. 13.1.f) y 49.1.a): debe informarse a los usuarios de una transferencia a un nuevo tercer país; si no se basa en una decisión de adecuación ni en garantías adecuadas, requiere su consentimiento explícito.
# ---- diff: mod (change headings)
diff-wording-changed = Cambio de redacción
# ---- diff: header
diff-header-title = título de la política
diff-header-the-policy = La política
diff-header-term-label = etiqueta del término { $id }
# ---- diff: document
diff-doc-section-added = Sección añadida
diff-doc-section-removed = Sección eliminada
diff-doc-text-added = Texto añadido
diff-doc-text-removed = Texto eliminado
# Tras «de … a …» en change-any--moved («de la sección 2. … a las secciones principales»):
# con artículo femenino o plural, que no se contrae («del», «al»).
diff-doc-under = la sección { $p }
diff-doc-paragraph = párrafo { $n }
diff-doc-list-item = elemento { $n } de la lista
diff-doc-section-title = título de la sección
diff-doc-unnumbered = sin numerar
diff-doc-top-level = las secciones principales
diff-doc-a-list = una lista
# ---- diff: facts (names of facts)
# $to puede empezar por artículo («el Reino Unido»): entre paréntesis para evitar «a el».
diff-fact-transfer = transferencia internacional ({ $to })
diff-fact-storage = almacenamiento en { $at }
diff-fact-minors = menores de { $age } años
diff-fact-contact-point = punto de contacto `{ $id }`
# $fact no lleva artículo («derecho de acceso»): «derecho de acceso (texto)», no «texto de derecho de acceso».
diff-fact-text = { $fact } (texto)
diff-fact-requests = tramitación de las solicitudes
diff-fact-everywhere = todas las jurisdicciones
# Tras «de … a …» en change-any--moved: con artículo femenino, que no se contrae.
diff-fact-top-of-policy = la parte inicial de la política
diff-fact-website = el sitio web
diff-fact-incident = notificación de incidentes
diff-fact-retention = conservación de los datos personales
diff-fact-cookies = cookies
diff-fact-changes = compromiso sobre los cambios
diff-fact-consent = norma sobre el consentimiento `{ $id }`
diff-fact-security = medidas de seguridad `{ $id }`
diff-fact-assessment = evaluación de impacto `{ $id }`
# ---- diff: fields
diff-none = ninguno
diff-fields-case = { $fact }, supuesto `{ $id }`
diff-fields-not-stated = no consta
diff-fields-all-items = todos los datos personales
# ---- diff: table
diff-table-row-added = Fila de tabla añadida
diff-table-row-removed = Fila de tabla eliminada
diff-table-added = Tabla añadida
diff-table-removed = Tabla eliminada
diff-table-caption = título de la { $t }
diff-table-cell = { $t }, fila { $r }, columna «{ $c }»
diff-table-captioned = tabla { $c }
diff-table-numbered = tabla { $n }
diff-table-nothing = nada
diff-table-heading = { $t }, encabezado de la columna { $n }
# ---- diff: shared words
diff-parenthesis = { " " }({ $text })
diff-labelled = { $label }: { $text }
diff-header-marker-separator = { ", " }
diff-excerpt = «{ $text }»
# Las etiquetas de derechos en español ya empiezan por «derecho» («derecho de acceso», «derecho a
# la portabilidad de los datos»): se muestran tal cual, nunca «derecho de derecho de acceso».
diff-fact-right = { $label }
diff-fact-right-endings = { "" }
# ---- diff: output (policyc diff for people and as Markdown)
diff-out-headline-none = SIN CAMBIOS: las dos versiones dicen lo mismo
diff-out-headline-dates-only = FORMAL: solo han cambiado las fechas de la versión
diff-out-headline-editorial =
    FORMAL: { $count } { PLURAL($count) ->
        [one] cambio
       *[other] cambios
    } de redacción o de forma; ningún hecho ha cambiado
diff-out-headline-minor =
    MENOR: { $count } { PLURAL($count) ->
        [one] cambio que publicar; no requiere
       *[other] cambios que publicar; ninguno requiere
    } un aviso destacado
diff-out-headline-major =
    IMPORTANTE: { $count } { PLURAL($count) ->
        [one] cambio requiere
       *[other] cambios requieren
    } un aviso destacado
diff-out-headline-consent =
    CONSENTIMIENTO: { $count } { PLURAL($count) ->
        [one] cambio requiere
       *[other] cambios requieren
    } el consentimiento explícito de los usuarios
diff-out-headline-also-major =
    ; { $count } { PLURAL($count) ->
        [one] requiere
       *[other] requieren
    } un aviso destacado
diff-out-count =
    { $count } { $severity ->
        [consent] { PLURAL($count) ->
            [one] sujeto a consentimiento
           *[other] sujetos a consentimiento
        }
        [major] { PLURAL($count) ->
            [one] importante
           *[other] importantes
        }
        [minor] { PLURAL($count) ->
            [one] menor
           *[other] menores
        }
       *[editorial] { PLURAL($count) ->
            [one] formal
           *[other] formales
        }
    }
diff-out-count-separator = { ", " }
diff-out-no-changes = sin cambios
diff-out-date-changed =
    { $date ->
        [effective] Entrada en vigor
        [updated] Actualización
       *[released] Publicación
    }: { $old } → { $new }
diff-out-group =
    { $severity ->
        [consent] Cambios que requieren el consentimiento explícito de los usuarios
        [major] Cambios que requieren un aviso destacado
        [minor] Cambios menores
        [editorial] Cambios formales
       *[none] Sin cambios
    } ({ $count })
diff-out-fresh-consent = Cambios que requieren un nuevo consentimiento de los usuarios que ya lo habían prestado ({ $count })
diff-out-with-rule = { $summary } (regla { $rule })
diff-out-note = nota: { $note }
diff-out-note-label = Nota:
# $severity y $was llegan como identificadores (editorial, minor, major, consent): se dicen en español.
diff-out-decided =
    calificado como { $severity ->
        [editorial] formal
        [minor] menor
        [major] importante
        [consent] sujeto a consentimiento
       *[other] { $severity }
    } por { $by } el { $date } (antes: { $was ->
        [editorial] formal
        [minor] menor
        [major] importante
        [consent] sujeto a consentimiento
       *[other] { $was }
    }{ $rule }): { $reason }
diff-out-decided-rule = { ", " }regla { $rule }
# ---- diff: output/review (policyc review)
diff-review-counts =
    { $count } { PLURAL($count) ->
        [one] cambio basado en el texto pendiente
       *[other] cambios basados en el texto pendientes
    } de decisión ({ $major } { PLURAL($major) ->
        [one] importante
       *[other] importantes
    }); { $decided } ya { PLURAL($decided) ->
        [one] decidido
       *[other] decididos
    }
diff-review-severity = { $severity ->
    [consent] Consentimiento
    [major] Importante
    [minor] Menor
   *[editorial] Formal
}
diff-review-how = Decida cada uno con --as editorial o --as minor y un motivo, o publíquelo tal como está.
diff-review-evidence =
    indicio: { $rule } { $side ->
        [new] ahora dice
       *[old] ya no dice
    } «{ $text }» ({ $lang })
diff-review-decide = para decidir: { $command }

# ---- diff: indicios (lo que la clasificación de seguridad encontró en el texto modificado)
# Lo encontrado, delante de dos puntos y de las palabras en que se encontró ($found: qué, y si
# lo dice el texto nuevo, -new, o lo decía el texto anterior, -old). El sujeto implícito es el
# texto modificado. facts-*: texto añadido o eliminado en una parte de la política que expone
# hechos sobre una materia (sigue subject-rule: «sus derechos»); under-*: bajo un título o una
# frase introductoria cuyas palabras dicen de qué trata (siguen las palabras entre «»).
# El elemento puede ser un texto, una sección, una tabla o una fila, y ya lo nombra el
# encabezado del cambio: «se añade» / «se elimina» evita repetirlo y concordar con su género.
evidence-found = { $found ->
    [organisation-new] menciona una nueva entidad
    [organisation-old] ya no menciona la entidad
    [email-new] indica una nueva dirección de correo electrónico
    [email-old] ya no indica la dirección de correo electrónico
    [url-new] indica una nueva dirección web
    [url-old] ya no indica la dirección web
    [phone-new] indica un nuevo número de teléfono
    [phone-old] ya no indica el número de teléfono
    [term-new] ahora menciona
    [term-old] ya no menciona
    [cue-new] ahora dice
    [cue-old] ya no dice
    [promise-new] asume un nuevo compromiso
    [promise-old] retira el compromiso
    [exception-new] añade una excepción
    [exception-old] elimina una excepción
    [facts-new] se añade donde la política expone
    [facts-old] se elimina donde la política expone
    [under-new] se añade bajo un título o una frase introductoria que dice
    [under-old] se elimina bajo un título o una frase introductoria que dice
   *[quantity] cambia una cifra
}
