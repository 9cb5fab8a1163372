//! Changes to the parties: a joint controller added that receives personal information is
//! a change of who is responsible (`ownership`, the fact's own row) and of who receives
//! personal information (`recipients`, reported here as a second change).

use super::*;

impl<'a> Differ<'a> {
    /// The second change of a joint controller added with the data it receives.
    pub(super) fn joint_controller_receives(&self, fact: &Fact) -> Option<Emit> {
        if fact.kind != FactKind::JointController || strings(fact.fields.get("items")).is_empty() {
            return None;
        }
        Some(
            Emit::new(
                "joint-controller.items",
                Event::ItemsAdded,
                format!("{}/items", Self::fact_path(fact)),
            )
            .at(self.fact_location(&self.new, fact))
            .kind(ChangeKind::Added)
            .arg("fact", self.each(|l| self.fact_name(&self.new, fact, l)))
            .arg("what", self.each(|l| self.fact_items(&self.new, fact, l))),
        )
    }
}
