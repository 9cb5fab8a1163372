# Interface do policyc em português do Brasil: o catálogo de todas as mensagens que o programa
# exibe em torno de uma política de privacidade (páginas da política, site de arquivo das
# versões, faixas de aviso, resumo, aviso por e-mail de alteração relevante, prazos e a descrição
# de cada tipo de alteração entre duas versões). Corresponde mensagem a mensagem a en.ftl: os
# identificadores e as variáveis são os mesmos; somente os textos são traduzidos.
#
# Sintaxe Project Fluent (https://projectfluent.org/fluent/guide/): `id = texto`, variáveis
# `{ $nome }`, variantes de plural e outras com seletores. Chaves exibidas como texto são
# escritas `{"{"}`. Terminologia alinhada com a LGPD e com pt-BR/builtin.toml (controlador,
# operador, dados pessoais, tratamento, autoridade de proteção de dados); tratamento por "você".

# O nome do idioma deste catálogo, no próprio idioma (exibido nos menus de idiomas).
language-self = Português (Brasil)

# ---------------------------------------------------------------- alterações (tabela de regras do diff)
# Uma mensagem por linha de src/diff/rules/table.rs: change-CHAVE--EVENTO.
change-policy_id--changed = Identificador da política alterado de { $old } para { $new }
change-policy_languages--items-added = A política passa a ser publicada também em: { $what }
change-policy_languages--items-removed = A política deixa de ser publicada em: { $what }
change-policy_binding--items-added = Passa a ser vinculante a tradução em: { $what }
change-policy_binding--items-removed = Deixa de ser vinculante a tradução em: { $what }
change-policy_authoritative--changed = Idioma prevalente alterado de { $old } para { $new }
change-policy_numbering--changed = Numeração das seções alterada de { $old } para { $new }
change-section--added = Seção adicionada: { $fact }
change-section--added-near-facts = Seção adicionada em trecho da política sobre { $subjects }: { $fact }
change-section--removed = Seção removida: { $fact }
change-section--removed-near-facts = Seção removida de trecho da política sobre { $subjects }: { $fact }
change-section_number--changed = Numeração da seção { $fact } alterada: { $old } → { $new }
change-prose--added = Texto adicionado: { $what }
change-prose--added-near-facts = Texto adicionado em trecho da política sobre { $subjects }: { $what }
change-prose--removed = Texto removido: { $what }
change-prose--removed-near-facts = Texto removido de trecho da política sobre { $subjects }: { $what }
change-list_marker--changed = Marcadores de lista alterados de { $old } para { $new }
change-table--added = Tabela adicionada: { $what }
change-table--added-near-facts = Tabela adicionada em trecho da política sobre { $subjects }: { $what }
change-table--removed = Tabela removida: { $what }
change-table--removed-near-facts = Tabela removida de trecho da política sobre { $subjects }: { $what }
change-table_row--added = Linha de tabela adicionada: { $what }
change-table_row--added-near-facts = Linha de tabela adicionada em trecho da política sobre { $subjects }: { $what }
change-table_row--removed = Linha de tabela removida: { $what }
change-table_row--removed-near-facts = Linha de tabela removida de trecho da política sobre { $subjects }: { $what }
change-table_cell--changed = { $what } passa a indicar { $new } (antes: { $old })
change-term_label--changed = Rótulo do termo { $fact } alterado de { $old } para { $new }
change-controller--added = Novo controlador: { $fact }
change-controller--removed = Controlador removido: { $fact }
change-controller_name--changed = Nome do controlador alterado de { $old } para { $new }
change-controller_group--set = Passa a constar que { $fact } integra { $new }
change-controller_group--changed = { $fact } passa a integrar { $new } (antes: { $old })
change-controller_group--unset = Deixa de constar que { $fact } integra { $old }
change-joint-controller--added = Novo controlador conjunto: { $fact }
change-joint-controller--removed = Controlador conjunto removido: { $fact }
change-joint-controller_name--changed = Nome do controlador conjunto alterado de { $old } para { $new }
change-joint-controller_purposes--items-added = { $fact } passa a ser controlador conjunto também para as seguintes finalidades: { $what }
change-joint-controller_purposes--items-removed = { $fact } deixa de ser controlador conjunto para as seguintes finalidades: { $what }
change-joint-controller_items--items-added = { $fact } passa a receber os seguintes dados pessoais: { $what }
change-service--added = Novo serviço abrangido: { $fact }
change-service--removed = Serviço que deixa de ser abrangido: { $fact }
change-collect--added = Nova coleta de dados pessoais: { $fact } ({ $what })
change-collect--removed = Coleta de dados pessoais removida: { $fact } ({ $what })
change-collect_items--items-added = { $fact }: novos dados pessoais coletados: { $what }
change-collect_items--items-removed = { $fact }: dados pessoais que deixam de ser coletados: { $what }
change-collect_purposes--items-added = { $fact }: novas finalidades: { $what }
change-collect_purposes--items-removed = { $fact }: finalidades removidas: { $what }
change-collect_necessity--decreased = { $fact }: o fornecimento dos dados passa a ser necessário; a recusa passa a impedir o uso da funcionalidade
change-collect_necessity--increased = { $fact }: o fornecimento dos dados passa a ser opcional; a recusa deixa de impedir o uso da funcionalidade
change-purpose--added = Nova finalidade de tratamento: { $fact }
change-purpose--removed = Finalidade de tratamento removida: { $fact }
change-cookies--added = Novo uso de cookies: { $fact }
change-cookies--removed = Declaração sobre cookies removida: { $fact }
change-cookies_no-cross-site-tracking--disabled = A política deixa de excluir o rastreamento entre sites
change-recipient--added-new-kind = Nova categoria de destinatário: { $fact }
change-recipient--added = Novo destinatário: { $fact }
change-recipient--removed = Destinatário removido: { $fact }
change-recipient_kind--changed = Categoria do destinatário alterada de { $old } para { $new }
change-recipient_name--set = { $fact }: o nome do destinatário passa a constar: { $new }
change-recipient_name--changed = { $fact }: o destinatário passa a ser { $new } (antes: { $old })
change-recipient_name--unset = { $fact }: o nome do destinatário deixa de constar (antes: { $old })
change-recipient_country--set = { $fact }: o país de estabelecimento passa a constar: { $new }
change-recipient_country--changed = { $fact }: o país de estabelecimento passa a ser { $new } (antes: { $old })
change-recipient_country--unset = { $fact }: o país de estabelecimento deixa de constar (antes: { $old })
change-recipient_purposes--items-added = { $fact }: passa a receber dados pessoais também para as seguintes finalidades: { $what }
change-recipient_purposes--items-removed = { $fact }: deixa de receber dados pessoais para as seguintes finalidades: { $what }
change-transfer--added = Nova transferência internacional: { $fact }
change-transfer--removed = Transferência internacional removida: { $fact }
change-transfer_to--items-added = Novo destino de transferência internacional: { $what }
change-transfer_to--items-removed = Destino de transferência internacional removido: { $what }
change-storage--added = Novo local de armazenamento: { $fact }
change-storage--removed = Local de armazenamento removido: { $fact }
change-storage_location--items-added = Os dados pessoais passam a ser armazenados também em: { $what }
change-storage_location--items-removed = Os dados pessoais deixam de ser armazenados em: { $what }
change-right--added = Novo direito: { $fact }
change-right--removed = Direito removido: { $fact }
change-right_kind--changed = Direito substituído: { $old } → { $new }
change-right_channels--channel-withdrawn = { $fact }: o direito deixa de poder ser exercido por meio de: { $what }
change-right_channels--channel-changed = { $fact }: canais alterados de { $old } para { $new }
change-right_channels--channel-added = { $fact }: novos canais: { $what }
change-right_respond-within--lengthened = { $fact }: prazo de resposta ampliado de { $old } para { $new }
change-right_respond-within--unset = { $fact }: deixa de haver compromisso de prazo de resposta (antes: { $old })
change-right_respond-within--shortened = { $fact }: prazo de resposta reduzido de { $old } para { $new }
change-right_respond-within--set = { $fact }: passa a haver compromisso de prazo de resposta: { $new }
change-right_when--case-added = { $fact }: nova hipótese em que o direito se aplica: { $what }
change-right_when--case-removed = { $fact }: o direito deixa de se aplicar nesta hipótese: { $what }
change-right_when--narrowed = { $fact }: o direito passa a se aplicar somente nestas hipóteses: { $what }
change-right_when--widened = { $fact }: o direito deixa de se limitar às hipóteses antes enumeradas: { $what }
change-right_except--case-added = { $fact }: nova hipótese em que uma solicitação pode ser recusada: { $what }
change-right_except--case-removed = { $fact }: uma solicitação deixa de poder ser recusada nesta hipótese: { $what }
change-right_jurisdictions--narrowed = { $fact }: passa a valer somente para: { $new } (antes: { $old })
change-requests--added = Nova regra de atendimento de solicitações: { $fact }
change-requests--removed = Regra de atendimento de solicitações removida: { $fact }
change-requests_respond-within--lengthened = { $fact }: prazo de resposta ampliado de { $old } para { $new }
change-requests_respond-within--unset = { $fact }: deixa de haver compromisso de prazo de resposta (antes: { $old })
change-requests_respond-within--shortened = { $fact }: prazo de resposta reduzido de { $old } para { $new }
change-requests_verify-identity--enabled = { $fact }: as solicitações passam a exigir comprovação de identidade
change-requests_verify-identity--disabled = { $fact }: as solicitações deixam de exigir comprovação de identidade
change-requests_except--case-added = { $fact }: nova hipótese em que nenhuma solicitação é respondida: { $what }
change-requests_except--case-removed = { $fact }: as solicitações passam a ser respondidas nesta hipótese: { $what }
change-requests_channels--channel-withdrawn = { $fact }: as solicitações deixam de poder ser apresentadas por meio de: { $what }
change-requests_jurisdictions--narrowed = { $fact }: passa a valer somente para: { $new } (antes: { $old })
change-consent--added = Nova regra de consentimento: { $fact }
change-consent--removed = Regra de consentimento removida: { $fact }
change-consent_exceptions--case-added = Nova hipótese em que o seu consentimento não é solicitado: { $what }
change-consent_exceptions--case-removed = O seu consentimento passa a ser solicitado nesta hipótese: { $what }
change-consent_jurisdictions--narrowed = { $fact }: passa a valer somente para: { $new } (antes: { $old })
change-minors--added = Nova proteção de menores de idade: { $fact }
change-minors--removed = Proteção de menores de idade removida: { $fact }
change-minors_age--decreased = Idade-limite de proteção dos menores reduzida de { $old } para { $new }
change-minors_age--increased = Idade-limite de proteção dos menores elevada de { $old } para { $new }
change-minors_parental-consent--disabled = { $fact }: o consentimento dos pais ou responsáveis legais deixa de ser exigido
change-minors_parental-consent--enabled = { $fact }: o consentimento dos pais ou responsáveis legais passa a ser exigido
change-minors_no-service--disabled = { $fact }: os serviços passam a ser oferecidos a esses menores
change-minors_no-service--enabled = { $fact }: os serviços deixam de ser oferecidos a esses menores
change-minors_jurisdictions--narrowed = { $fact }: passa a valer somente para: { $new } (antes: { $old })
change-cookies--removed-protection = Declaração sobre cookies removida, juntamente com as formas de recusar cookies: { $what }
change-cookies_refuse--items-removed = Forma de recusar cookies que deixa de ser oferecida: { $what }
change-cookies_refuse--items-added = Nova forma de recusar cookies: { $what }
change-cookies_do-not-track--decreased = Os sinais “Do Not Track” deixam de ser respeitados
change-cookies_do-not-track--increased = Os sinais “Do Not Track” passam a ser respeitados
change-changes_consent-for-reduction--disabled = É retirado o compromisso de não reduzir seus direitos sem o seu consentimento explícito
change-changes_consent-for-reduction--enabled = É assumido o compromisso de não reduzir seus direitos sem o seu consentimento explícito
change-changes--removed-protection = É retirado o compromisso relativo às alterações da política, juntamente com o compromisso de não reduzir seus direitos sem o seu consentimento explícito
change-requests_respond-within-for--lengthened = { $fact }: prazo de resposta às solicitações de { $what } ampliado de { $old } para { $new }
change-requests_respond-within-for--unset = { $fact }: deixa de haver compromisso de prazo de resposta às solicitações de { $what } (antes: { $old })
change-requests_respond-within-for--shortened = { $fact }: prazo de resposta às solicitações de { $what } reduzido de { $old } para { $new }
change-requests_respond-within-for--set = { $fact }: passa a haver compromisso de prazo de resposta às solicitações de { $what }: { $new }
change-requests_respond-within-for--restated = { $fact }: prazo de resposta às solicitações de { $what } reformulado de { $old } para { $new } (mesma duração)
change-requests_respond-within-for--changed = { $fact }: prazo de resposta às solicitações de { $what } expresso de outra forma; continua sendo { $new }
change-changes_notify-on--decreased = As alterações passam a ser comunicadas somente quando relevantes (antes: { $old })
change-changes_notify-on--increased = Todas as alterações passam a ser comunicadas (antes: { $old })
change-changes_notify-on--unset = É retirado o compromisso sobre quais alterações são comunicadas (antes: { $old })
change-changes_notify-on--set = Passa a haver compromisso sobre quais alterações são comunicadas: { $new }
change-promise--added = Novo compromisso: { $fact }
change-promise--removed = Compromisso retirado: { $fact }
change-promise_kind--changed = Compromisso substituído: { $old } → { $new }
change-promise_except--case-added = { $fact }: nova hipótese em que o compromisso não se aplica: { $what }
change-promise_except--case-removed = { $fact }: o compromisso passa a se aplicar também nesta hipótese: { $what }
change-promise_items--narrowed = { $fact }: o compromisso passa a abranger somente { $new } (antes: { $old })
change-promise_items--widened = { $fact }: o compromisso passa a abranger { $new } (antes: { $old })
change-promise_items--items-removed = { $fact }: o compromisso deixa de abranger { $what }
change-promise_items--items-added = { $fact }: o compromisso passa a abranger também { $what }
change-promise_regions--items-added = { $fact }: os dados pessoais passam a poder ser transferidos também para: { $what }
change-promise_regions--items-removed = { $fact }: os dados pessoais deixam de poder ser transferidos para: { $what }
change-promise_jurisdictions--narrowed = { $fact }: passa a valer somente para: { $new } (antes: { $old })
change-changelog--added = Entrada adicionada ao histórico de alterações, referente a { $fact }: { $what }
change-changelog--removed = Entrada removida do histórico de alterações, referente a { $fact }: { $what }
change-changelog--changed = Entrada do histórico de alterações referente a { $fact } reformulada: { $what }
change-jurisdiction_regions--items-removed = { $fact }: regiões removidas: { $what }; os direitos limitados a essa jurisdição passam a alcançar menos pessoas
change-contact--added = Novo ponto de contato: { $fact }
change-contact--removed = Ponto de contato removido: { $fact }
change-contact--channel-withdrawn = { $fact } deixa de oferecer { $what } como canal para exercer os seguintes direitos: { $rights }
change-contact_complaints--disabled = { $fact } deixa de receber reclamações
change-contact_complaints--enabled = { $fact } passa a receber reclamações
change-contact_respond-within--lengthened = { $fact }: prazo de resposta ampliado de { $old } para { $new }
change-contact_respond-within--unset = { $fact }: deixa de haver compromisso de prazo de resposta (antes: { $old })
change-representative--added = Novo representante local: { $fact }
change-representative--removed = Representante local removido: { $fact }
change-authority--added = Nova autoridade de proteção de dados ou órgão de reclamações: { $fact }
change-authority--removed = Autoridade de proteção de dados ou órgão de reclamações removido: { $fact }
change-authority--channel-withdrawn = { $fact }: deixa de ser possível utilizar este meio de contato ({ $what }) para exercer os seguintes direitos: { $rights }
change-assessment--added-high-risk = Avaliação de impacto aponta alto risco: { $fact }
change-assessment_risk--became-high = { $fact } passa a apontar alto risco (antes: { $old })
change-security_measures--items-added = Novas medidas de segurança: { $what }
change-security_measures--items-removed = Medidas de segurança que deixam de constar: { $what }
change-any--added = Item adicionado: { $fact }
change-any--added-new-kind = Item adicionado: { $fact }
change-any--added-high-risk = Item adicionado: { $fact }
change-any--added-near-facts = Item adicionado: { $fact }
change-any--removed = Item removido: { $fact }
change-any--removed-protection = Item removido: { $fact }
change-any--removed-near-facts = Item removido: { $fact }
change-any--moved = Item movido: { $fact }: { $old } → { $new }
change-any--reordered = Ordem alterada: { $fact }
change-any--renumbered = Item renumerado: { $fact }: { $old } → { $new }
change-any--changed = { $fact }: { $field } passa de { $old } para { $new }
change-any--set = { $fact }: { $field } passa a constar: { $new }
change-any--unset = { $fact }: { $field } deixa de constar (antes: { $old })
change-any--enabled = { $fact }: passa a contar com { $field }
change-any--disabled = { $fact }: deixa de contar com { $field }
change-any--items-added = { $fact }: { $field }: itens adicionados: { $what }
change-any--items-removed = { $fact }: { $field }: itens removidos: { $what }
change-any--increased = { $fact }: { $field } passa de { $old } para { $new }
change-any--decreased = { $fact }: { $field } passa de { $old } para { $new }
change-any--became-high = { $fact }: { $field } passa de { $old } para { $new }
change-any--lengthened = { $fact }: { $field }: ampliação de { $old } para { $new }
change-any--shortened = { $fact }: { $field }: redução de { $old } para { $new }
change-any--restated = { $fact }: { $field }: reformulação de { $old } para { $new } (mesma duração)
change-any--case-added = { $fact }: { $field }: hipótese adicionada: { $what }
change-any--case-removed = { $fact }: { $field }: hipótese removida: { $what }
change-any--narrowed = { $fact }: passa a valer somente para: { $new } (antes: { $old })
change-any--widened = { $fact }: passa a valer para: { $new } (antes: { $old })
change-any--channel-added = { $fact }: novos canais: { $what }
change-any--channel-changed = { $fact }: canais alterados de { $old } para { $new }
change-any--channel-withdrawn = { $fact }: canais que deixam de ser oferecidos: { $what }
change-any--reworded = Redação alterada: { $what }
change-any--reworded-near-facts = Redação alterada em trecho da política sobre { $subjects }: { $what }
change-any--typographic = Correção tipográfica: { $what }
change-any--translation-only = Alteração somente na tradução em { $lang }: { $what }
change-any--unclassified = Outra alteração na estrutura do documento
change-any--evidence-service-model = { $action }: { $what } ({ $evidence })
change-any--evidence-ownership = { $action }: { $what } ({ $evidence })
change-any--evidence-recipients = { $action }: { $what } ({ $evidence })
change-any--evidence-rights = { $action }: { $what } ({ $evidence })
change-any--evidence-contact = { $action }: { $what } ({ $evidence })
change-any--evidence-risk-assessment = { $action }: { $what } ({ $evidence })
change-any--evidence-rights-reduced = { $action }: { $what } ({ $evidence })

# ---------------------------------------------------------------- páginas da política (templates: labels.NOME)
page-contents = Sumário
page-summary = Visão geral
page-collected = Quais dados coletamos
page-purposes = Para que os usamos
page-recipients = Quem os recebe
page-responsible = Quem é o responsável
page-rights = Seus direitos e em quanto tempo respondemos
page-contacts = Quem contatar
page-released = Data de publicação
page-updated = Última atualização
page-effective = Início da vigência
page-version = Versão
page-languages = Idiomas
page-not-stated = não consta
page-summary-note = Este resumo é gerado a partir da política abaixo; prevalece o texto da própria política.
# O que abre o resumo, que fica recolhido para que o sumário da política comece perto do topo da
# tela do celular.
page-summary-open = Mostrar resumo
page-back-to-top = Voltar ao topo
# O primeiro link da página de uma política, que leva ao texto da política.
page-skip = Pular para a política
page-promises = Nossos compromissos
page-changelog = Alterações desta política
page-colon = {": "}
page-open = {" ("}
page-close = {")"}

# ---------------------------------------------------------------- o site (templates: words.NOME)
site-skip = Pular para o conteúdo
site-breadcrumb = Trilha de navegação
site-languages = Idiomas
site-home = Início
site-policies = Políticas
site-version = Versão
site-current-version = Versão vigente
site-effective = Início da vigência
site-published = Data de publicação
site-updated = Última atualização
site-status = Situação
site-severity = Alteração
site-rules = A que se referem as alterações
site-summary = Resumo
site-author-summary = Nas palavras de quem publica a política
site-all-versions = Todas as versões e alterações
site-changelog = Versões e alterações
site-changelog-intro = Todas as versões publicadas desta política, da mais recente para a mais antiga. Cada uma remete ao seu texto integral e ao que mudou em relação à versão anterior.
site-what-changed = O que mudou
# O link de uma versão arquivada para a página de tudo o que mudou desde ela, até a versão em
# vigor hoje, e o nome dessa página na trilha de navegação.
site-since = O que mudou desde esta versão
# O título dessa página ($version: a versão arquivada a partir da qual se compara).
site-since-title = O que mudou desde a versão { $version }
# Sob esse título: o que a página compara ($version: a versão arquivada; $current: a versão em
# vigor hoje; $count: quantas versões foram publicadas depois de $version, até $current, inclusive).
# As alterações recebem a classificação (termos de `severity`) da mais importante entre elas.
site-since-compared = Versão { $version } em comparação com a versão em vigor hoje, { $current }. { PLURAL($count) ->
        [one] Desde então, foi publicada uma versão.
       *[other] Desde então, foram publicadas { $count } versões: as alterações de todas elas são apresentadas em conjunto, e a classificação é a da alteração mais importante.
    }
site-read-version = Ler esta versão
site-read-current = Ler a versão vigente
site-previous-version = Versão anterior
site-periods = Qual versão se aplicava em cada período
site-periods-intro = Para saber qual versão se aplicava em determinada data (o dia do seu cadastro, por exemplo), procure o período que inclui essa data.
site-from = De
site-until = Até
site-until-now = até nova versão
site-never-in-effect = substituída antes de entrar em vigor
site-feed = Feed Atom de novas versões
site-legend = O texto excluído aparece riscado; o texto inserido aparece sublinhado.
site-deleted = excluído
site-inserted = inserido
site-no-changes = Nenhuma alteração visível para o leitor.
site-not-found = Página não encontrada
site-not-found-text = Não há nenhuma página neste endereço. A lista de políticas está na página inicial.
site-notice = Alteração relevante
site-upcoming-notice = Alteração futura
site-superseded-notice = Versão substituída
site-generated = Gerado pelo policyc a partir do arquivo de políticas.
# De quem é a política de que trata a página, em títulos, trilhas de navegação, cartões da página
# inicial e feeds: $publisher é o nome do controlador (ou os nomes, unidos por “e”), $title o título
# da própria política (“Política de Privacidade”). Usado apenas quando o título ainda não menciona
# quem publica a política.
site-policy-title = { $title } de { $publisher }
# Impresso sob o cabeçalho de uma versão (somente no papel): onde a versão permanece disponível para leitura.
site-permanent-address = Endereço permanente desta versão
# O título da página de diferenças de uma versão, para o leitor ($severity: consent, major, minor,
# editorial, none; $date: o dia em que a versão entra em vigor, já no formato de data do idioma).
site-headline = { $severity ->
    [consent] Alteração relevante que requer seu consentimento, em vigor a partir de { $date }: o que muda para você
    [major] Alteração relevante, em vigor a partir de { $date }: o que muda para você
    [minor] Alterações menores, em vigor a partir de { $date }
    [editorial] Somente alterações de redação, em vigor a partir de { $date }: o que fazemos com seus dados não muda
   *[none] Primeira versão, em vigor a partir de { $date }
}
# Uma frase com as principais alterações de uma versão, no histórico de versões e no feed ($topics: os
# assuntos das alterações, rule-topic unidos pelo "e" do idioma).
site-key-changes = Principais alterações: { $topics }.
site-colon = {": "}
site-comma = {", "}
site-open = {" ("}
site-close = {")"}
# Uma classificação de gravidade exibida como selo ($id: none, editorial, minor, major, consent).
severity = { $id ->
    [none] Primeira versão
    [editorial] Editorial
    [minor] Menor
    [major] Relevante
   *[consent] Requer seu consentimento
}
# Uma regra do diff como o leitor a vê: o assunto de uma alteração, como um título nas palavras do
# leitor (histórico de versões, páginas de diferenças e feed do site; nunca o identificador da regra).
# Títulos sem ponto de interrogação, como os de page- ("Quais dados coletamos", "Quem os recebe").
rule-name = { $id ->
    [service-model] Quais dados coletamos e por quê
    [ownership] Quem é o responsável pelos seus dados
    [recipients] Quem recebe seus dados
    [rights] Seus direitos e como exercê-los
    [contact] Como entrar em contato conosco
    [risk-assessment] Riscos para seus dados
   *[rights-reduced] Direitos que você perde
}
# O mesmo assunto dentro de uma frase (depois dos dois-pontos de site-key-changes, numa lista unida
# por "e"): como rule-name, com inicial minúscula.
rule-topic = { $id ->
    [service-model] quais dados coletamos e por quê
    [ownership] quem é o responsável pelos seus dados
    [recipients] quem recebe seus dados
    [rights] seus direitos e como exercê-los
    [contact] como entrar em contato conosco
    [risk-assessment] riscos para seus dados
   *[rights-reduced] direitos que você perde
}
# Uma linha sob rule-name numa página de diferenças: do que trata uma alteração desse assunto.
rule-meaning = { $id ->
    [service-model] Os dados pessoais que coletamos, para que os usamos e por quanto tempo os conservamos.
    [ownership] A organização responsável pelos seus dados, que pode mudar, por exemplo, após uma fusão, uma aquisição ou uma falência.
    [recipients] As organizações com as quais compartilhamos seus dados ou às quais os divulgamos, e os lugares para onde eles vão.
    [rights] Como você pode acessar, corrigir ou eliminar seus dados, solicitar a portabilidade deles, revogar o seu consentimento ou apresentar uma reclamação, e em quanto tempo respondemos.
    [contact] Quem contatar sobre seus dados e de que forma: o departamento responsável, o encarregado pelo tratamento de dados pessoais e os respectivos endereços.
    [risk-assessment] O resultado da nossa avaliação dos riscos para seus dados.
   *[rights-reduced] Uma alteração que retira ou limita um direito que você tinha: ela não se aplica a você sem o seu consentimento explícito.
}
# A situação de uma versão.
version-status = { $id ->
    [current] Vigente
    [upcoming] Próxima
   *[superseded] Substituída
}
# O que aconteceu com um elemento alterado.
change-kind = { $id ->
    [added] adicionado
    [removed] removido
    [moved] movido
   *[changed] alterado
}
banner-version = Versão { $version }
banner-changes-in = Alterações na versão { $version }
banner-compared-with = Em comparação com a versão anterior, { $previous }.
# Um grupo de alterações em uma página de diferenças, com a quantidade que contém.
changes-group = { $severity ->
    [consent] Alterações que requerem seu consentimento explícito
    [major] Alterações relevantes
    [minor] Alterações menores
   *[editorial] Alterações editoriais
} ({ $count })
banner-notice-major = Alterações desta política que exigem sua atenção entraram em vigor em { $date }.
banner-notice-consent = As alterações desta política que entraram em vigor em { $date } reduzem seus direitos: elas não se aplicam a você sem o seu consentimento explícito.
banner-upcoming = Uma nova versão desta política, a { $version }, entra em vigor em { $date }.
banner-upcoming-self = Esta versão entra em vigor em { $date }. Até lá, aplica-se a versão vigente.
banner-upcoming-first = Esta política entra em vigor em { $date }.
banner-superseded = Esta versão não está mais em vigor: foi substituída pela versão { $successor }, vigente desde { $date }.
feed-title = { $policy }: novas versões
# $rules é vazio ou feed-entry-rules.
feed-entry-title = Versão { $version }: { $severity }{ $rules }
feed-entry-rules = {" "}({ $rules })
feed-entry-text =
    { $summary }

    Em vigor a partir de { $date }.

# ---------------------------------------------------------------- páginas da política: o resumo
# Entre os detalhes de uma linha do resumo.
summary-separator = {"; "}
# Se o fornecimento dos dados é obrigatório ($necessity: necessary, optional).
summary-necessity = { $necessity ->
    [necessary] necessários
   *[optional] opcionais: você pode se recusar a fornecê-los
}
# De onde vêm os dados ($source: user, automatic, third-party).
summary-source = { $source ->
    [user] fornecidos por você
    [automatic] coletados automaticamente
   *[third-party] obtidos de terceiros
}
summary-processor = tratados em nome de clientes
# O que um destinatário faz com os dados ($activity: entrusted, sharing, transfer, disclosure).
summary-activity = { $activity ->
    [entrusted] tratamento em nome do controlador
    [sharing] compartilhamento
    [transfer] cessão
   *[disclosure] divulgação pública
}
# Um direito limitado a alguns lugares: o nome do direito e, depois, onde se aplica.
summary-right-in = { $right } ({ $places })
# $time é um prazo ("um mês", "15 dias úteis").
summary-answered-within = prazo de resposta: { $time }
summary-answers-within = prazo de resposta: { $time }
# Os dados a que se refere um compromisso negativo ($items: uma lista de categorias de dados).
summary-concerning = dados abrangidos: { $items }
summary-applies-in = aplicável em: { $places }
summary-with-exceptions = com exceções
summary-notice-title = Aviso de alterações
# Quais alterações são comunicadas ($scope: every, material).
summary-notice-scope = { $scope ->
    [every] para todas as alterações
   *[material] somente para alterações relevantes
}

# ---------------------------------------------------------------- páginas da política: as partes
party-for-purposes = para as seguintes finalidades: { $purposes }
party-part-of = integrante de { $group }
# O papel de um controlador que não indica nenhum grupo ($role: controller, processor).
party-role = { $role ->
    [controller] o controlador
   *[processor] o operador
}
party-receives = recebe os seguintes dados: { $items }
party-joint-controller = controlador conjunto conosco para as seguintes finalidades: { $purposes }
# A lei com base na qual um representante é designado ($law: gdpr, uk-gdpr, pipl, pipa).
party-representative = { $law ->
    [gdpr] representante na UE, nos termos do art. 27 do GDPR
    [uk-gdpr] representante no Reino Unido, nos termos do art. 27 do UK GDPR
    [pipl] representante na China, nos termos do art. 53 da PIPL (Lei de Proteção de Informações Pessoais da China)
   *[pipa] representante local na Coreia, nos termos da PIPA (Lei de Proteção de Informações Pessoais da Coreia)
}
party-complain-to-it = você pode apresentar reclamações perante essa entidade

# ---------------------------------------------------------------- páginas da política: o texto
# O nome de um idioma ($language: a subtag principal, en, zh, fr...; $tag: a tag completa).
language-name = { $language ->
    [en] inglês
    [zh] chinês
    [fr] francês
    [de] alemão
    [es] espanhol
    [ja] japonês
    [ko] coreano
    [pt] português
   *[other] { $tag }
}
# Após um parágrafo cuja tradução foi feita a partir de uma versão anterior do texto
# prevalente ($language: o nome do idioma prevalente, de language-name).
stale-translation = Esta tradução ainda não foi atualizada; prevalece a versão em { $language }
# Uma referência a uma seção: $number como a política a numera ("(8)", "2.1"), $digits o mesmo
# sem parênteses ("8"), $title o título da seção.
section-ref = Seção { $digits } “{ $title }”
# Como section-ref, sem título ($number, $digits).
section-ref-untitled = Seção { $digits }
# Um título citado em uma frase.
quoted = “{ $text }”

# ---------------------------------------------------------------- prazos
# Um número pequeno por extenso antes de uma unidade: "dois meses", "dez dias úteis"; os
# maiores em algarismos. "um"/"uma" e "dois"/"duas" dependem do gênero da unidade: essas
# formas são escritas em duration.
number-word = { $n ->
    [1] um
    [2] dois
    [3] três
    [4] quatro
    [5] cinco
    [6] seis
    [7] sete
    [8] oito
    [9] nove
    [10] dez
   *[other] { $n }
}
# Um período de tempo: $word é number-word de $count; $unit: days, working-days, weeks, months, years.
# [1] (e [2] para "semana", palavra feminina) vem antes de [one] e escreve o número com o gênero
# certo ("uma semana", "duas semanas"), sem usar $word.
duration = { $unit ->
    [days] { $count ->
        [1] um dia
       *[other] { PLURAL($count) ->
            [one] { $word } dia
           *[other] { $word } dias
        }
    }
    [working-days] { $count ->
        [1] um dia útil
       *[other] { PLURAL($count) ->
            [one] { $word } dia útil
           *[other] { $word } dias úteis
        }
    }
    [weeks] { $count ->
        [1] uma semana
        [2] duas semanas
       *[other] { PLURAL($count) ->
            [one] { $word } semana
           *[other] { $word } semanas
        }
    }
    [months] { $count ->
        [1] um mês
       *[other] { PLURAL($count) ->
            [one] { $word } mês
           *[other] { $word } meses
        }
    }
   *[years] { $count ->
        [1] um ano
       *[other] { PLURAL($count) ->
            [one] { $word } ano
           *[other] { $word } anos
        }
    }
}
# Um prazo nomeado em vez de contado ($unit: promptly, reasonable-time, as-long-as-necessary).
duration-named = { $unit ->
    [promptly] sem demora
    [reasonable-time] um prazo razoável
   *[as-long-as-necessary] pelo tempo necessário
}
# Um prazo prorrogável: $base o prazo, $extension a prorrogação (ambos prazos).
duration-extendable = { $base }, prorrogável por mais { $extension }

# ---------------------------------------------------------------- publicação
# Uma linha que diz o que uma versão alterou: a quantidade de alterações por gravidade.
summary-line-first = Primeira versão publicada.
# $severity: consent, major, minor, editorial; $count: quantas alterações desse tipo.
summary-line-count = { $severity ->
    [consent] { PLURAL($count) ->
        [one] { $count } alteração que requer seu consentimento explícito
       *[other] { $count } alterações que requerem seu consentimento explícito
    }
    [major] { PLURAL($count) ->
        [one] { $count } alteração relevante
       *[other] { $count } alterações relevantes
    }
    [minor] { PLURAL($count) ->
        [one] { $count } alteração menor
       *[other] { $count } alterações menores
    }
   *[editorial] { PLURAL($count) ->
        [one] { $count } alteração editorial
       *[other] { $count } alterações editoriais
    }
}
summary-line-separator = {", "}
summary-line = { $parts }.

# O aviso de uma alteração relevante, em texto simples para um e-mail ($title: o título da política).
notice-title = { $title }: alterações relevantes
notice-intro = O texto atualizado de “{ $title }” (versão { $version }) entra em vigor em { $date }. As alterações a seguir exigem sua atenção:
notice-consent-again = Se você já consentiu com esta política anteriormente, as alterações a seguir requerem novamente o seu consentimento:
notice-rights-reduced = Algumas dessas alterações reduzem seus direitos: elas não se aplicarão a você sem o seu consentimento explícito.
notice-archived = A versão anterior ({ $version }) está arquivada para sua consulta.
# O assunto do e-mail e o título do aviso em HTML ($title: o título da política que nomeia a
# empresa, tal como site-policy-title o forma: “Política de Privacidade de HitGen Inc.”).
notice-subject = { $title }: alterações relevantes
# Os dois links do aviso: para a página que mostra as alterações e para a nova versão na íntegra.
notice-link-changes = Ver o que mudou
notice-link-policy = Ler a política na íntegra

# ---------------------------------------------------------------- policyc diff
# ---- diff: regras/palavras
# O nome de um campo do modelo da política dentro de uma frase ("… passa de … para …");
# sem artigo, porque o gênero é desconhecido nas frases change-any-* de pt-BR.ftl.
diff-field =
    { $id ->
        [items] dados pessoais
        [purposes] finalidades
        [country] país
        [group] grupo
        [under] fundamento legal da designação
        [sources] origem dos dados
        [necessity] fornecimento dos dados
        [role] papel
        [activities] atividades
        [conditions] condições
        [unconditional] ausência de condições
        [to] destinos
        [from] origens
        [bases] bases legais
        [basis] base legal
        [safeguards] garantias
        [location] local de armazenamento
        [measures] medidas de segurança
        [notify] forma de comunicação a você
        [report-to-regulators] comunicação às autoridades
        [period] prazo de conservação
        [criteria] critérios
        [channels] canais
        [respond-within] prazo de resposta
        [when] hipóteses em que se aplica
        [except] hipóteses em que uma solicitação pode ser recusada
        [verify-identity] comprovação de identidade
        [age] idade-limite de proteção
        [parental-consent] consentimento dos pais ou responsáveis legais
        [no-service] não oferecimento dos serviços a menores de idade
        [refuse] formas de recusar cookies
        [do-not-track] sinais “Do Not Track”
        [no-cross-site-tracking] ausência de rastreamento entre sites
        [department] departamento
        [officer] encarregado
        [email] endereço de e-mail
        [phone] número de telefone
        [address] endereço
        [url] endereço web
        [complaints] recebimento de reclamações
        [major] tipos de alteração relevante
        [notice-period] prazo de aviso prévio
        [consent-for-reduction] consentimento antes da redução dos seus direitos
        [archive] arquivo das versões anteriores
        [notify-on] alterações comunicadas
        [respond-within-for] prazo de resposta para determinados direitos
        [source] fonte
        [risk] nível de risco
        [regions] regiões
        [name] nome
        [law] lei
        [affiliates] entidades abrangidas em conjunto
        [kind] tipo
        [jurisdictions] jurisdições
        [exceptions] hipóteses em que o consentimento não é solicitado
        [dpv] conceito DPV
        [custom] declarado pela política
        [label] rótulo
        [text] texto
        [marker] marcador de lista
       *[other] { $id }
    }
# Um valor de uma enumeração do modelo dentro de uma frase; mesmos termos de summary-source,
# summary-activity, party-role e summary-notice-scope.
diff-value =
    { $id ->
        [entrusted] tratamento em nome do controlador
        [sharing] compartilhamento
        [transfer] cessão
        [disclosure] divulgação pública
        [user] fornecidos por você
        [automatic] coletados automaticamente
        [third-party] obtidos de terceiros
        [necessary] necessário
        [optional] opcional
        [controller] controlador
        [processor] operador em nome de clientes
        [low] baixo
        [medium] médio
        [high] alto
        [honored] respeitados
        [ignored] ignorados
        [every] todas as alterações
        [material] somente alterações relevantes
        [gdpr] GDPR (art. 27)
        [uk-gdpr] UK GDPR (art. 27)
        [pipl] PIPL (art. 53)
        [pipa] PIPA da Coreia
        [true] sim
        [false] não
       *[other] { $id }
    }
# Do que trata um trecho da política ("trecho da política sobre …").
subject-rule =
    { $rule ->
        [service-model] o modelo de serviço
        [ownership] quem é o controlador
        [recipients] os destinatários dos dados pessoais
        [rights] seus direitos
        [rights-reduced] seus direitos
        [contact] as informações de contato
       *[risk-assessment] as avaliações de impacto
    }
diff-note-review = Um revisor deve confirmar que nenhum fato foi alterado: este trecho da política contém informações sobre { $subjects }.
diff-note-translation-only = Somente o texto em { $langs } foi alterado; o texto no idioma prevalente, { $authoritative }, continua o mesmo, e o texto em { $langs } não é vinculante.
diff-note-translation-unchanged = O texto em { $langs } não acompanhou a alteração do texto prevalente: verifique a tradução.
diff-note-possible-rename = Foi adicionado um fato do mesmo tipo com o identificador `{ $id }`: se for o mesmo fato renomeado, mantenha o identificador antigo para que o diff possa associá-los.
diff-note-other-policy = Os dois arquivos são de políticas diferentes (`{ $old }` e `{ $new }`).
# Nomes de idiomas em minúscula, como em language-name.
diff-language = { $name } ({ $tag })
# ---- diff: consentimento
consent-rights-reduced = A redução de direitos só se aplica aos usuários mediante o seu consentimento explícito (regra rights-reduced).
consent-general = O consentimento dado anteriormente abrange as finalidades, os dados e os destinatários informados naquele momento; esta alteração vai além deles.
consent-pipl-new-purpose-or-data = PIPL, art. 14: em caso de alteração da finalidade do tratamento, da forma de tratamento ou das categorias de dados pessoais tratados, o consentimento do titular deve ser obtido novamente.
consent-pipl-new-recipient = PIPL, art. 23: o fornecimento de dados pessoais a outro controlador exige informar ao titular o nome e os dados de contato do destinatário, a finalidade e a forma de tratamento e as categorias de dados pessoais, bem como obter o consentimento específico e em separado do titular.
consent-pipl-new-destination = PIPL, art. 39: o fornecimento de dados pessoais para fora da República Popular da China exige informar ao titular quem é o destinatário no exterior e como exercer seus direitos perante ele, bem como obter o consentimento específico e em separado do titular.
consent-gdpr-new-purpose = GDPR, art. 6(4) e art. 13(3): o tratamento para uma nova finalidade exige consentimento ou outra base legal, salvo se for compatível com a finalidade para a qual os dados foram coletados, e os usuários devem ser informados antes do seu início; se o tratamento se basear no consentimento, solicite-o novamente.
consent-gdpr-new-data = GDPR, art. 6(1)(a), art. 7 e art. 13(3): o consentimento abrange apenas os dados para os quais foi dado; se o tratamento se basear no consentimento, novas categorias de dados exigem um novo consentimento, e os usuários devem ser informados previamente.
consent-gdpr-new-recipient = GDPR, art. 13(1)(e) e art. 13(3): os usuários devem ser informados dos novos destinatários antes que seus dados sejam compartilhados; se o compartilhamento se basear no consentimento, solicite-o novamente.
consent-gdpr-new-destination = GDPR, art. 13(1)(f) e art. 49(1)(a): os usuários devem ser informados de uma transferência para um novo país terceiro; se ela não se basear em uma decisão de adequação nem em garantias adequadas, exige o consentimento explícito deles.
# ---- diff: mod (títulos de alterações)
diff-wording-changed = Redação alterada
# ---- diff: header
diff-header-title = o título da política
diff-header-the-policy = A política
diff-header-term-label = rótulo do termo { $id }
# ---- diff: documento
diff-doc-section-added = Seção adicionada
diff-doc-section-removed = Seção removida
diff-doc-text-added = Texto adicionado
diff-doc-text-removed = Texto removido
# $p é o título numerado da seção ("5. Seus direitos"): "na seção" evita a contração com o título.
diff-doc-under = na seção { $p }
diff-doc-paragraph = parágrafo { $n }
diff-doc-list-item = item { $n } da lista
diff-doc-section-title = título da seção
diff-doc-unnumbered = sem numeração
diff-doc-top-level = o nível superior
diff-doc-a-list = uma lista
# ---- diff: fatos (nomes de fatos)
# Lugares entre parênteses: nomes de países chegam sem artigo (ver glossary.md).
diff-fact-transfer = transferência internacional ({ $to })
diff-fact-storage = armazenamento ({ $at })
diff-fact-minors = menores de { $age } anos
diff-fact-contact-point = ponto de contato `{ $id }`
diff-fact-text = { $fact } (texto)
diff-fact-requests = atendimento de solicitações
diff-fact-everywhere = todas as jurisdições
diff-fact-top-of-policy = o início da política
diff-fact-website = o site
diff-fact-incident = comunicação de incidentes de segurança
diff-fact-retention = conservação dos dados pessoais
diff-fact-cookies = cookies
diff-fact-changes = o compromisso relativo às alterações da política
diff-fact-consent = regra de consentimento `{ $id }`
diff-fact-security = medidas de segurança `{ $id }`
diff-fact-assessment = avaliação de impacto `{ $id }`
# ---- diff: campos
diff-none = nenhum
diff-fields-case = hipótese `{ $id }` ({ $fact })
diff-fields-not-stated = não consta
diff-fields-all-items = todos os dados pessoais
# ---- diff: tabelas
diff-table-row-added = Linha de tabela adicionada
diff-table-row-removed = Linha de tabela removida
diff-table-added = Tabela adicionada
diff-table-removed = Tabela removida
diff-table-caption = { $t }, título
diff-table-cell = { $t }, linha { $r }, coluna “{ $c }”
diff-table-captioned = tabela { $c }
diff-table-numbered = tabela { $n }
diff-table-nothing = nada
diff-table-heading = { $t }, cabeçalho da coluna { $n }
# ---- diff: palavras comuns
diff-parenthesis = { " " }({ $text })
diff-labelled = { $label }: { $text }
diff-header-marker-separator = { ", " }
diff-excerpt = “{ $text }”
# Os rótulos de direitos de builtin.toml são ações ("acesso aos dados", "eliminação dos dados")
# e não contêm "direito"; a variante [yes] fica para rótulos que já o digam.
diff-fact-right =
    { $named ->
        [yes] { $label }
       *[no] direito de { $label }
    }
diff-fact-right-endings = { "" }
# ---- diff: saída (policyc diff para pessoas e em Markdown)
# A linha começa com a gravidade (termos de `severity` em pt-BR.ftl), como no chinês.
diff-out-headline-none = Sem alterações: as duas versões dizem a mesma coisa
diff-out-headline-dates-only = Editorial: somente as datas da versão foram alteradas
diff-out-headline-editorial =
    Editorial: { $count } { PLURAL($count) ->
        [one] alteração
        [many] alterações
       *[other] alterações
    } de redação ou de forma; nenhum fato foi alterado
diff-out-headline-minor =
    Menor: { $count } { PLURAL($count) ->
        [one] alteração
        [many] alterações
       *[other] alterações
    } a publicar; nenhuma exige aviso em destaque
diff-out-headline-major =
    Relevante: { $count } { PLURAL($count) ->
        [one] alteração exige
        [many] alterações exigem
       *[other] alterações exigem
    } aviso em destaque
diff-out-headline-consent =
    Requer consentimento: { $count } { PLURAL($count) ->
        [one] alteração exige
        [many] alterações exigem
       *[other] alterações exigem
    } consentimento explícito
diff-out-headline-also-major =
    ; { $count } { PLURAL($count) ->
        [one] exige
        [many] exigem
       *[other] exigem
    } aviso em destaque
diff-out-count =
    { $count } { $severity ->
        [consent] { PLURAL($count) ->
            [one] requer consentimento
            [many] requerem consentimento
           *[other] requerem consentimento
        }
        [major] { PLURAL($count) ->
            [one] relevante
            [many] relevantes
           *[other] relevantes
        }
        [minor] { PLURAL($count) ->
            [one] menor
            [many] menores
           *[other] menores
        }
       *[editorial] { PLURAL($count) ->
            [one] editorial
            [many] editoriais
           *[other] editoriais
        }
    }
diff-out-count-separator = { ", " }
diff-out-no-changes = nenhuma alteração
diff-out-date-changed =
    { $date ->
        [effective] Início da vigência
        [updated] Atualização
       *[released] Publicação
    }: { $old } → { $new }
diff-out-group =
    { $severity ->
        [consent] Alterações que exigem consentimento explícito
        [major] Alterações que exigem aviso em destaque
        [minor] Alterações menores
        [editorial] Alterações editoriais
       *[none] Sem alterações
    } ({ $count })
diff-out-fresh-consent = Alterações que exigem novo consentimento dos usuários que já haviam consentido ({ $count })
diff-out-with-rule = { $summary } (regra { $rule })
diff-out-note = nota: { $note }
diff-out-note-label = Nota:
# $severity e $was chegam como identificadores em inglês (editorial, minor, major, consent):
# cada um é dito aqui em português, com os termos de `severity` e de diff-out-count.
diff-out-decided =
    classificada como { $severity ->
        [editorial] editorial
        [minor] menor
        [major] relevante
        [consent] alteração que requer consentimento
       *[other] { $severity }
    } por { $by } em { $date } (classificação do diff: { $was ->
        [editorial] editorial
        [minor] menor
        [major] relevante
        [consent] requer consentimento
       *[other] { $was }
    }{ $rule }): { $reason }
diff-out-decided-rule = { ", " }regra { $rule }
# ---- diff: saída/revisão (policyc review)
# Em pt, a categoria [one] do CLDR inclui o 0 ("0 alteração"): [0] vem antes e diz "nenhuma".
diff-review-counts =
    { $count ->
        [0] nenhuma alteração baseada no texto pendente de classificação
       *[other] { PLURAL($count) ->
            [one] { $count } alteração baseada no texto ainda não classificada
            [many] { $count } alterações baseadas no texto ainda não classificadas
           *[other] { $count } alterações baseadas no texto ainda não classificadas
        }
    } (relevantes: { $major }); já classificadas: { $decided }
diff-review-severity = { $severity ->
    [consent] Requer consentimento
    [major] Relevante
    [minor] Menor
   *[editorial] Editorial
}
diff-review-how = Classifique cada uma com --as editorial ou --as minor e uma justificativa, ou publique-a como está.
# $rule é o identificador da regra (rights, recipients...), mostrado como está.
diff-review-evidence =
    indício para a regra { $rule }: o texto { $side ->
        [new] passa a dizer
       *[old] deixa de dizer
    } “{ $text }” ({ $lang })
diff-review-decide = classificar: { $command }

# ---- diff: evidências (o que a classificação à prova de falhas encontrou no texto alterado)
# Rótulo antes de dois-pontos e das palavras citadas (diff-labelled); o sujeito implícito é o
# texto novo (-new) ou o texto antigo (-old). facts-*: seguido de dois-pontos e de um
# subject-rule com artigo ("…sobre o seguinte assunto: os destinatários dos dados pessoais").
# under-*: seguido das palavras citadas do título ou da frase introdutória sob a qual o texto está.
evidence-found = { $found ->
    [organisation-new] cita uma nova organização
    [organisation-old] deixa de citar a organização
    [email-new] informa um novo endereço de e-mail
    [email-old] deixa de informar o endereço de e-mail
    [url-new] informa um novo endereço web
    [url-old] deixa de informar o endereço web
    [phone-new] informa um novo número de telefone
    [phone-old] deixa de informar o número de telefone
    [term-new] passa a mencionar
    [term-old] deixa de mencionar
    [cue-new] passa a dizer
    [cue-old] deixa de dizer
    [promise-new] assume um novo compromisso
    [promise-old] retira o compromisso
    [exception-new] adiciona uma exceção
    [exception-old] remove uma exceção
    [facts-new] texto adicionado em trecho da política sobre o seguinte assunto
    [facts-old] texto removido de trecho da política sobre o seguinte assunto
    [under-new] texto adicionado sob um título ou uma introdução que diz
    [under-old] texto removido sob um título ou uma introdução que diz
   *[quantity] altera um número
}
