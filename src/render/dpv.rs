//! The policy as JSON-LD with the W3C Data Privacy Vocabulary (DPV 2.2 and its extensions
//! `pd`, `loc`, `tech`, `eu-gdpr`): what `policyc model --format dpv` prints.
//!
//! The `@context` is inline, so the document reads offline. The notice (`dpv:PrivacyNotice`,
//! with its version and dates) names the controllers, joint controllers, representatives and
//! authorities, the processes (one per `collect`: its data, purposes with their legal bases,
//! source, necessity, recipients, storage and retention), the transfers, the measures and the
//! rights with their response times. A term whose DPV concept is known is that concept; any
//! other term becomes the policy's own concept (`urn:policyc:<id>:term:<kind>:<id>`), a
//! subclass of its nearest DPV concept (`dpv-broader`), else of its kind's DPV class: nothing
//! is dropped. Every DPV concept written is one of the vendored release (a test holds it).

use serde_json::{json, Map, Value};

use crate::model::{self, vocab, Duration, Policy, Text, Unit};

/// The prefixes the document uses, as its inline `@context` declares them.
const CONTEXT: [(&str, &str); 9] = [
    ("dpv", "https://w3id.org/dpv#"),
    ("pd", "https://w3id.org/dpv/pd#"),
    ("loc", "https://w3id.org/dpv/loc#"),
    ("tech", "https://w3id.org/dpv/tech#"),
    ("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
];

/// The DPV class a term of each kind is an instance of, when no concept matches it.
fn kind_class(kind: &str) -> &'static str {
    match kind {
        "data" => "dpv:PersonalData",
        "purpose" => "dpv:Purpose",
        "basis" => "dpv:LegalBasis",
        "recipient" => "dpv:Recipient",
        "right" => "dpv:DataSubjectRight",
        "measure" => "dpv:TechnicalOrganisationalMeasure",
        "region" => "dpv:Location",
        _ => "skos:Concept",
    }
}

/// The full IRI a term is exported as: its DPV concept expanded, else the policy's own.
pub fn term_iri(p: &Policy, kind: &str, id: &str) -> String {
    let concept = p
        .vocabulary
        .get(kind)
        .and_then(|t| t.get(id))
        .and_then(|t| t.dpv.as_deref())
        .filter(|c| vocab::dpv_known(c) == Some(true));
    match concept {
        Some(c) => expand(c),
        None => format!("urn:policyc:{}:term:{kind}:{id}", p.id),
    }
}

/// A compact IRI (`pd:EmailAddress`) expanded with the document's context.
pub fn expand(compact: &str) -> String {
    match compact.split_once(':') {
        Some((prefix, name)) => match CONTEXT.iter().find(|(p, _)| *p == prefix) {
            Some((_, iri)) => format!("{iri}{name}"),
            None => compact.to_string(),
        },
        None => compact.to_string(),
    }
}

struct Export<'a> {
    p: &'a Policy,
    base: String,
    /// The policy's own concepts, declared once each.
    own: std::collections::BTreeMap<String, Value>,
}

/// The policy as a JSON-LD document.
pub fn jsonld(p: &Policy) -> Value {
    let mut e = Export {
        p,
        base: format!("urn:policyc:{}:", p.id),
        own: Default::default(),
    };
    let mut graph = vec![e.notice()];
    graph.extend(e.parties());
    graph.extend(e.processes());
    graph.extend(e.rights());
    graph.extend(std::mem::take(&mut e.own).into_values());
    let mut context = Map::new();
    for (prefix, iri) in CONTEXT {
        context.insert(prefix.to_string(), json!(iri));
    }
    json!({ "@context": context, "@graph": graph })
}

impl Export<'_> {
    fn iri(&self, what: &str, id: &str) -> Value {
        json!({ "@id": format!("{}{what}:{id}", self.base) })
    }

    /// A text as one literal per language.
    fn text(&self, t: &Text) -> Value {
        Value::Array(
            t.iter()
                .map(|(lang, inlines)| {
                    json!({ "@value": model::Inline::plain(inlines), "@language": lang })
                })
                .collect(),
        )
    }

    /// The concept a term is: its DPV concept, else the policy's own concept (declared once,
    /// with its labels and the concept it is narrower than).
    fn concept(&mut self, kind: &str, id: &str) -> Value {
        let term = self.p.vocabulary.get(kind).and_then(|t| t.get(id));
        if let Some(dpv) = term
            .and_then(|t| t.dpv.as_deref())
            .filter(|c| vocab::dpv_known(c) == Some(true))
        {
            return json!({ "@id": dpv });
        }
        let own = format!("{}term:{kind}:{id}", self.base);
        if !self.own.contains_key(&own) {
            let broader = term
                .and_then(|t| t.dpv_broader.as_deref().or(t.dpv.as_deref()))
                .filter(|c| vocab::dpv_known(c) == Some(true))
                .unwrap_or(kind_class(kind));
            let labels: Vec<Value> = term
                .map(|t| {
                    t.labels
                        .iter()
                        .map(|(l, s)| json!({ "@value": s, "@language": l }))
                        .collect()
                })
                .unwrap_or_default();
            self.own.insert(
                own.clone(),
                json!({
                    "@id": own,
                    "@type": "rdfs:Class",
                    "rdfs:subClassOf": { "@id": broader },
                    "skos:broader": { "@id": broader },
                    "rdfs:label": labels,
                }),
            );
        }
        json!({ "@id": own })
    }

    fn concepts(&mut self, kind: &str, ids: &[String]) -> Value {
        Value::Array(ids.iter().map(|id| self.concept(kind, id)).collect())
    }

    fn date(d: &str) -> Value {
        json!({ "@value": d, "@type": "xsd:date" })
    }

    /// A duration as an `xsd:duration` where it is a number of units, else its words.
    fn duration(&self, d: &Duration) -> Value {
        let n = d.amount.unwrap_or(0);
        let iso = match d.unit {
            Unit::Days => Some(format!("P{n}D")),
            Unit::Weeks => Some(format!("P{}D", n * 7)),
            Unit::Months => Some(format!("P{n}M")),
            Unit::Years => Some(format!("P{n}Y")),
            Unit::WorkingDays | Unit::Promptly | Unit::ReasonableTime | Unit::AsLongAsNecessary => {
                None
            }
        };
        match iso {
            Some(v) if d.extendable_by.is_none() => json!({ "@value": v, "@type": "xsd:duration" }),
            _ => json!(model::wording::duration(d, &self.p.authoritative)),
        }
    }

    fn notice(&mut self) -> Value {
        let p = self.p;
        let f = &p.facts;
        let mut n = json!({
            "@id": format!("{}notice:{}", self.base, p.version),
            "@type": "dpv:PrivacyNotice",
            "dct:identifier": format!("{}@{}", p.id, p.version),
            "dct:hasVersion": p.version,
            "dct:title": self.text(&p.title),
            "dct:issued": Self::date(&p.dates.released),
            "dct:modified": Self::date(&p.dates.updated),
            "dct:valid": Self::date(&p.dates.effective),
            "dct:language": p.languages,
            "dpv:hasDataController": f.controllers.iter().map(|c| self.iri("controller", &c.base.id)).collect::<Vec<_>>(),
            "dpv:hasProcess": f.collections.iter().map(|c| self.iri("process", &c.base.id))
                .chain(f.purposes.iter().map(|p| self.iri("purpose", &p.base.id)))
                .chain(f.cookies.iter().map(|c| self.iri("cookies", &c.base.id)))
                .collect::<Vec<_>>(),
            "dpv:hasRight": f.rights.iter().map(|r| self.iri("right", &r.base.id)).collect::<Vec<_>>(),
        });
        let mut measures = Vec::new();
        for s in &f.security {
            measures.extend(s.measures.iter().cloned());
        }
        n["dpv:hasTechnicalOrganisationalMeasure"] = self.concepts("measure", &measures);
        let regions: Vec<String> = f
            .jurisdictions
            .iter()
            .flat_map(|j| j.regions.clone())
            .collect();
        n["dpv:hasJurisdiction"] = self.concepts("region", &regions);
        if !f.joint_controllers.is_empty() {
            n["dpv:hasJointDataControllers"] = json!({
                "@type": "dpv:JointDataControllers",
                "dpv:hasDataController": f.controllers.iter().map(|c| &c.base.id)
                    .chain(f.joint_controllers.iter().map(|j| &j.base.id))
                    .map(|id| self.iri("controller", id)).collect::<Vec<_>>(),
            });
        }
        n["dpv:hasRepresentative"] = Value::Array(
            f.representatives
                .iter()
                .map(|r| self.iri("representative", &r.base.id))
                .collect(),
        );
        n["dpv:hasAuthority"] = Value::Array(
            f.authorities
                .iter()
                .map(|a| self.iri("authority", &a.base.id))
                .collect(),
        );
        n
    }

    /// Contact details as literals (`mailto:`, `tel:` and web addresses).
    fn reach(
        email: &Option<model::Maybe<String>>,
        phone: &Option<model::Maybe<String>>,
        url: &Option<model::Maybe<String>>,
    ) -> Vec<Value> {
        let given = |m: &Option<model::Maybe<String>>| m.as_ref().and_then(|m| m.given()).cloned();
        let (email, phone, url) = (given(email), given(phone), given(url));
        let mut out = Vec::new();
        out.extend(email.map(|e| json!(format!("mailto:{e}"))));
        out.extend(phone.map(|t| json!(format!("tel:{}", t.replace(' ', "")))));
        out.extend(url.map(|u| json!(u)));
        out
    }

    fn country(code: Option<&String>) -> Option<Value> {
        let c = format!("loc:{}", code?);
        (vocab::dpv_known(&c) == Some(true)).then(|| json!({ "@id": c }))
    }

    fn parties(&mut self) -> Vec<Value> {
        let f = &self.p.facts;
        let mut out = Vec::new();
        for c in &f.controllers {
            let mut node = json!({
                "@id": format!("{}controller:{}", self.base, c.base.id),
                "@type": "dpv:DataController",
                "dpv:hasName": self.text(&c.name),
            });
            if let Some(model::Maybe::Given(a)) = &c.address {
                node["dpv:hasAddress"] = self.text(a);
            }
            if let Some(g) = &c.group {
                node["dct:isPartOf"] =
                    json!({ "@type": "dpv:Organisation", "dpv:hasName": self.text(g) });
            }
            let contacts: Vec<Value> = f
                .contacts
                .iter()
                .flat_map(|k| Self::reach(&k.email, &k.phone, &k.url))
                .collect();
            node["dpv:hasContact"] = Value::Array(contacts);
            out.push(node);
        }
        for j in &f.joint_controllers {
            let mut node = json!({
                "@id": format!("{}controller:{}", self.base, j.base.id),
                "@type": "dpv:DataController",
                "dpv:hasName": self.text(&j.name),
                "dpv:hasPurpose": self.concepts("purpose", &j.purposes),
            });
            if let Some(c) = Self::country(j.country.as_ref()) {
                node["dpv:hasCountry"] = c;
            }
            out.push(node);
        }
        for r in &f.representatives {
            out.push(self.party(
                "representative",
                "dpv:Representative",
                &r.base.id,
                &r.name,
                r.country.as_ref(),
                &r.reach,
            ));
        }
        for a in &f.authorities {
            out.push(self.party(
                "authority",
                "dpv:DataProtectionAuthority",
                &a.base.id,
                &a.name,
                a.country.as_ref(),
                &a.reach,
            ));
        }
        for r in &f.recipients {
            let kind = self.concept("recipient", &r.kind);
            let mut node = json!({
                "@id": format!("{}recipient:{}", self.base, r.base.id),
                "@type": ["dpv:Recipient", kind["@id"]],
                "dpv:hasPersonalData": self.concepts("data", &r.items),
                "dpv:hasPurpose": self.concepts("purpose", &r.purposes),
            });
            if let Some(name) = &r.name {
                node["dpv:hasName"] = self.text(name);
            }
            if let Some(c) = Self::country(r.country.as_ref()) {
                node["dpv:hasCountry"] = c;
            }
            out.push(node);
        }
        out
    }

    /// A representative or an authority: its name, contact details and country.
    fn party(
        &self,
        what: &str,
        class: &str,
        id: &str,
        name: &Text,
        country: Option<&String>,
        reach: &model::Reach,
    ) -> Value {
        let mut node = json!({
            "@id": format!("{}{what}:{id}", self.base),
            "@type": class,
            "dpv:hasName": self.text(name),
            "dpv:hasContact": Self::reach(&reach.email, &reach.phone, &reach.url),
        });
        if let Some(c) = Self::country(country) {
            node["dpv:hasCountry"] = c;
        }
        node
    }

    fn processes(&mut self) -> Vec<Value> {
        let f = &self.p.facts;
        let mut out = Vec::new();
        let recipients: Vec<Value> = f
            .recipients
            .iter()
            .map(|r| self.iri("recipient", &r.base.id))
            .collect();
        let mut storage = Vec::new();
        for s in &f.storage {
            let loc = self.concepts("region", &s.location);
            storage.push(json!({ "@type": "dpv:StorageLocation", "dpv:hasLocation": loc }));
        }
        for r in &f.retention {
            storage.push(json!({ "@type": "dpv:StorageDuration", "dpv:hasDuration": self.duration(&r.period) }));
        }
        for c in &f.collections {
            let bases: Vec<Value> = f
                .purposes
                .iter()
                .filter(|p| c.purposes.contains(&p.kind) || c.purposes.contains(&p.base.id))
                .flat_map(|p| p.bases.iter().map(|b| b.basis.clone()).collect::<Vec<_>>())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .map(|b| self.concept("basis", &b))
                .collect();
            let sources: Vec<Value> = c
                .sources
                .iter()
                .map(|s| match s {
                    model::DataSource::User => json!({ "@id": "dpv:DataSubjectDataSource" }),
                    model::DataSource::Automatic => {
                        json!({ "@id": "dpv:DataControllerDataSource" })
                    }
                    model::DataSource::ThirdParty => json!({ "@id": "dpv:ThirdPartyDataSource" }),
                })
                .collect();
            let mut node = json!({
                "@id": format!("{}process:{}", self.base, c.base.id),
                "@type": "dpv:Process",
                "dpv:hasPersonalData": self.concepts("data", &c.items),
                "dpv:hasPurpose": self.concepts("purpose", &c.purposes),
                "dpv:hasLegalBasis": bases,
                "dpv:hasDataSource": sources,
                "dpv:hasNecessity": { "@id": match c.necessity {
                    model::Necessity::Necessary => "dpv:Required",
                    model::Necessity::Optional => "dpv:Optional",
                } },
                "dpv:hasDataController": f.controllers.iter().map(|k| self.iri("controller", &k.base.id)).collect::<Vec<_>>(),
                "dpv:hasRecipient": recipients,
                "dpv:hasStorageCondition": storage,
            });
            if let Some(name) = &c.name {
                node["dct:title"] = self.text(name);
            }
            out.push(node);
        }
        // A purpose fact: the purpose with its legal bases, as a process of its own.
        for p in &f.purposes {
            let bases: Vec<Value> = p
                .bases
                .iter()
                .map(|b| self.concept("basis", &b.basis))
                .collect();
            out.push(json!({
                "@id": format!("{}purpose:{}", self.base, p.base.id),
                "@type": "dpv:Process",
                "dpv:hasPurpose": self.concept("purpose", &p.kind),
                "dpv:hasLegalBasis": bases,
            }));
        }
        // Cookies: the purposes they serve, by the technology that reads them.
        for c in &f.cookies {
            out.push(json!({
                "@id": format!("{}cookies:{}", self.base, c.base.id),
                "@type": "dpv:Process",
                "dpv:hasPurpose": self.concepts("purpose", &c.purposes),
                "dpv:isImplementedUsingTechnology": { "@id": "tech:Cookie" },
            }));
        }
        for t in &f.transfers {
            let to = self.concepts("region", &t.to);
            let bases: Vec<Value> = t
                .bases
                .iter()
                .map(|b| self.concept("basis", &b.basis))
                .collect();
            let safeguards: Vec<Value> = t
                .safeguards
                .iter()
                .flat_map(|list| &list.cases)
                .map(|case| {
                    json!({
                        "@type": "dpv:SafeguardForDataTransfer",
                        "dct:description": self.text(&case.text),
                    })
                })
                .collect();
            out.push(json!({
                "@id": format!("{}transfer:{}", self.base, t.base.id),
                "@type": "dpv:Process",
                "dpv:hasProcessing": { "@id": "dpv:CrossBorderTransfer" },
                "dpv:hasThirdCountry": to,
                "dpv:hasLegalBasis": bases,
                "dpv:hasTechnicalOrganisationalMeasure": safeguards,
            }));
        }
        out
    }

    /// Where a right is exercised: the contact details of its contacts, the authorities it
    /// is taken to, and the other channels by their labels.
    fn channels(&self, channels: &[model::Channel]) -> Value {
        let f = &self.p.facts;
        let (mut contacts, mut entities, mut words) = (Vec::new(), Vec::new(), Vec::new());
        for c in channels {
            match c {
                model::Channel::Contact { contact } => {
                    for k in f.contacts.iter().filter(|k| &k.base.id == contact) {
                        contacts.extend(Self::reach(&k.email, &k.phone, &k.url));
                    }
                }
                model::Channel::Authority { authority } => {
                    entities.push(self.iri("authority", authority));
                }
                model::Channel::Term { channel } => {
                    let labels = self
                        .p
                        .vocabulary
                        .get("channel")
                        .and_then(|t| t.get(channel));
                    for (lang, label) in labels.map(|t| &t.labels).into_iter().flatten() {
                        words.push(json!({ "@value": label, "@language": lang }));
                    }
                }
            }
        }
        json!({
            "@type": "dpv:RightExerciseNotice",
            "dpv:hasContact": contacts,
            "dpv:hasEntity": entities,
            "dct:description": words,
        })
    }

    fn rights(&mut self) -> Vec<Value> {
        let f = &self.p.facts;
        let usual = f.requests.iter().find_map(|r| r.respond_within.clone());
        let mut out = Vec::new();
        for r in &f.rights {
            let kind = self.concept("right", &r.kind);
            let mut node = json!({
                "@id": format!("{}right:{}", self.base, r.base.id),
                "@type": ["dpv:DataSubjectRight", kind["@id"]],
            });
            if let Some(d) = r.respond_within.as_ref().or(usual.as_ref()) {
                node["dpv:hasDuration"] = self.duration(d);
            }
            let regions = r
                .base
                .jurisdictions
                .iter()
                .flat_map(|j| {
                    f.jurisdictions
                        .iter()
                        .filter(move |x| &x.base.id == j)
                        .flat_map(|x| x.regions.clone())
                })
                .collect::<Vec<_>>();
            if !regions.is_empty() {
                node["dpv:hasJurisdiction"] = self.concepts("region", &regions);
            }
            if !r.channels.is_empty() {
                node["dpv:isExercisedAt"] = self.channels(&r.channels);
            }
            out.push(node);
        }
        out
    }
}
