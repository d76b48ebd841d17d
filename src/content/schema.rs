//! The JSON Schema of a profile, generated from the Rust types, for editors' tools (Taplo,
//! VS Code "Even Better TOML"): completion and inline errors while typing.
//!
//! Descriptions come from `locales/fr/schema.ftl` (`schema-{type}-{field}`), not from the Rust
//! doc comments, so editors read French.

use serde_json::{Map, Value};

use super::Fiche;
use crate::i18n::I18n;

/// First line of every profile, pointing editors' tools at the schema.
pub const DIRECTIVE: &str = "#:schema ../metier.schema.json";

/// The schema of `content/metiers/*.toml`, as pretty JSON ending with a newline.
pub fn metier(i18n: &I18n) -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Fiche)).expect("schema is JSON");
    strip_descriptions(&mut schema);
    let root = schema.as_object_mut().expect("schema is an object");
    root.insert("title".into(), Value::String(i18n.t("schema-titre")));
    describe(root, "metier", i18n);
    if let Some(Value::Object(defs)) = root.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            if let Value::Object(def) = def {
                describe(def, &name.to_lowercase(), i18n);
            }
        }
    }
    serde_json::to_string_pretty(&schema).expect("schema serializes") + "\n"
}

/// Fluent ids of every described property, `schema-{type}-{field}` (checked by the tests).
pub fn fluent_ids() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(Fiche)).expect("schema is JSON");
    let mut ids = vec!["schema-titre".to_string()];
    let mut add = |type_name: &str, def: &Value| {
        if let Some(Value::Object(props)) = def.get("properties") {
            ids.extend(props.keys().map(|p| format!("schema-{type_name}-{p}")));
        }
    };
    add("metier", &schema);
    if let Some(Value::Object(defs)) = schema.get("$defs") {
        for (name, def) in defs {
            add(&name.to_lowercase(), def);
        }
    }
    ids
}

fn describe(def: &mut Map<String, Value>, type_name: &str, i18n: &I18n) {
    if let Some(Value::Object(props)) = def.get_mut("properties") {
        for (name, prop) in props.iter_mut() {
            let id = format!("schema-{type_name}-{name}");
            if let (Value::Object(prop), true) = (prop, i18n.has(&id)) {
                prop.insert("description".into(), Value::String(i18n.t(&id)));
            }
        }
    }
}

fn strip_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("description").is_some_and(Value::is_string) {
                map.remove("description");
            }
            map.values_mut().for_each(strip_descriptions);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_descriptions),
        _ => {}
    }
}
