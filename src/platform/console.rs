//! What the app tells developers (the console) and the benchmark (User Timing marks).

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = performance, js_name = mark)]
    fn performance_mark(name: &str) -> Result<JsValue, JsValue>;
}

/// Sets a User Timing mark (`performance.mark`), which the benchmark reads.
pub fn mark(name: &str) {
    let _ = performance_mark(name);
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}
