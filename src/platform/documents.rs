//! The documents module (`crates/documents`): a second wasm that makes the self-assessment's
//! documents and reads its import, fetched and instantiated on the first export or import, then
//! kept for the session. Its ABI is documented in that crate; requests and replies are core's
//! `export::request`. The bytes come from the page itself where the single-file build inlined
//! them (base64, `<script type="text/plain" id="rv-dokumenter">`), else from the app's folder,
//! under the hashed name start.js or embed.js put in `__rundskrivveilederenDocuments`.
//! Any failure is `Unavailable`: the page says so and nothing changes.

use super::dom;
use js_sys::{Function, Object, Reflect, Uint8Array, WebAssembly};
use rundskriv_core::export::request::{Format, Reply};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The global start.js and embed.js set to the module's file name (scripts/post-build.mjs).
const NAME_GLOBAL: &str = "__rundskrivveilederenDocuments";
/// The single-file build's inline copy (scripts/build-single.mjs).
const INLINE_ID: &str = "rv-dokumenter";

/// The module could not be loaded or did not answer (offline before it was ever fetched, a
/// damaged file, a trap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

#[derive(Clone)]
struct Module {
    memory: WebAssembly::Memory,
    alloc: Function,
    dealloc: Function,
    render: Function,
}

thread_local! {
    static LOADED: RefCell<Option<Module>> = const { RefCell::new(None) };
}

/// Asks the module for `format` with `request` (`Request::encode`'s text). `folder` is the app's
/// folder with a trailing slash, or "" for the page's own.
pub async fn make(format: Format, request: String, folder: String) -> Result<Reply, Unavailable> {
    let module = match LOADED.with(|m| m.borrow().clone()) {
        Some(module) => module,
        None => {
            let module = load(&folder).await.ok_or(Unavailable)?;
            LOADED.with(|m| *m.borrow_mut() = Some(module.clone()));
            module
        }
    };
    let reply = call(&module, format, &request);
    if reply.is_none() {
        // After a trap the instance's memory may be in any state: the next try starts afresh.
        LOADED.with(|m| *m.borrow_mut() = None);
    }
    reply.ok_or(Unavailable)
}

async fn load(folder: &str) -> Option<Module> {
    let bytes = match inline() {
        Some(bytes) => bytes,
        None => {
            let name = Reflect::get(&js_sys::global(), &JsValue::from_str(NAME_GLOBAL))
                .ok()?
                .as_string()?;
            fetch_bytes(&format!("{folder}{name}")).await?
        }
    };
    let module = WebAssembly::Module::new(&bytes).ok()?;
    // No imports: the module needs nothing from the page.
    let instance: WebAssembly::Instance = JsFuture::from(WebAssembly::instantiate_module(&module, &Object::new()))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    let exports = instance.exports();
    let get = |name: &str| Reflect::get(&exports, &JsValue::from_str(name)).ok();
    Some(Module {
        memory: get("memory")?.dyn_into().ok()?,
        alloc: get("alloc")?.dyn_into().ok()?,
        dealloc: get("dealloc")?.dyn_into().ok()?,
        render: get("render")?.dyn_into().ok()?,
    })
}

/// The single file's copy: base64, which `atob` turns into one character per byte.
fn inline() -> Option<JsValue> {
    let text = dom::document().get_element_by_id(INLINE_ID)?.text_content()?;
    let binary = dom::window().atob(text.trim()).ok()?;
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    Some(Uint8Array::from(bytes.as_slice()).into())
}

async fn fetch_bytes(url: &str) -> Option<JsValue> {
    let response = dom::fetch_ok(url).await?;
    JsFuture::from(response.array_buffer().ok()?).await.ok()
}

/// The module's memory as bytes; a fresh view each time, as `render` may have grown it.
fn memory(module: &Module, start: u32, len: u32) -> Uint8Array {
    Uint8Array::new(&module.memory.buffer()).subarray(start, start.saturating_add(len))
}

/// Copies the request in, renders, copies the reply out and frees both (the crate's ABI).
fn call(module: &Module, format: Format, request: &str) -> Option<Reply> {
    let this = JsValue::NULL;
    let len = u32::try_from(request.len()).ok()?;
    let ptr = module.alloc.call1(&this, &len.into()).ok()?.as_f64()? as u32;
    let input = memory(module, ptr, len);
    // A view shorter than asked would make `copy_from` panic: a module that gave a bad pointer.
    if input.length() != len {
        return None;
    }
    input.copy_from(request.as_bytes());
    let packed = module
        .render
        .call3(&this, &format.code().into(), &ptr.into(), &len.into());
    let _ = module.dealloc.call2(&this, &ptr.into(), &len.into());
    // An i64 reaches JS as a signed BigInt: read it signed, then take its 64 bits as they are.
    let packed = i64::try_from(packed.ok()?).ok()? as u64;
    let (out_ptr, out_len) = ((packed >> 32) as u32, packed as u32);
    let output = memory(module, out_ptr, out_len);
    let bytes = (output.length() == out_len).then(|| output.to_vec());
    let _ = module.dealloc.call2(&this, &out_ptr.into(), &out_len.into());
    Reply::parse(&String::from_utf8(bytes?).ok()?)
}
