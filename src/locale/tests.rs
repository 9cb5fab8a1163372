use super::*;

#[test]
fn chinese_and_regional_tags_find_their_catalogue() {
    assert_eq!(catalogue_for("en"), Some("en"));
    assert_eq!(catalogue_for("en-GB"), Some("en"));
    assert_eq!(catalogue_for("zh"), Some("zh-CN"));
    assert_eq!(catalogue_for("zh-Hans-CN"), Some("zh-CN"));
    assert_eq!(catalogue_for("xx"), None);
}
