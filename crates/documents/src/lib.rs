//! The documents module: the self-assessment's documents (Markdown, JSON, CSV, the case document
//! for the clipboard, the e-mail) and the JSON import, built as a wasm module of its own that the
//! app loads only when the user clicks an export or import button, so none of this code is in
//! what a first visit downloads (docs/architecture.md). No Leptos and no wasm-bindgen: the app
//! (`src/platform/documents.rs`) instantiates it with `WebAssembly.instantiate` and no imports.
//!
//! # The ABI
//!
//! Three exported functions and the exported `memory`; every number is a wasm `i32` (pointers and
//! lengths into `memory`) except `render`'s result, an `i64` (a JS BigInt).
//!
//! - `alloc(len) -> ptr`: `len` bytes in `memory` for the app to write its request into.
//! - `render(format, ptr, len) -> u64`: reads the request (UTF-8, `rundskriv_core::export::request`)
//!   from the `len` bytes at `ptr`, makes `format` (`Format::code`), and returns where the reply
//!   (UTF-8, `Reply`) is: `ptr << 32 | len`. The request stays allocated.
//! - `dealloc(ptr, len)`: frees what `alloc` or `render` gave; the app frees both the request and
//!   the reply once it has copied the reply out.
//!
//! `memory` may grow during `render`, which detaches the app's views of it: the app takes a new
//! view of `memory.buffer` after each call. A request the module cannot read gets a `Refused`
//! reply; the release profile aborts on a panic, which reaches the app as a trap it reports.

pub mod render;

#[cfg(target_arch = "wasm32")]
mod abi {
    use super::render::answer;

    /// A boxed slice keeps exactly its length as its capacity, so `dealloc` can rebuild it from
    /// the pointer and length alone.
    fn leak(bytes: Box<[u8]>) -> (*mut u8, usize) {
        let len = bytes.len();
        (Box::into_raw(bytes).cast::<u8>(), len)
    }

    #[no_mangle]
    pub extern "C" fn alloc(len: usize) -> *mut u8 {
        leak(vec![0u8; len].into_boxed_slice()).0
    }

    /// # Safety
    /// `ptr` and `len` are what one `alloc` or `render` gave, not yet freed.
    #[no_mangle]
    pub unsafe extern "C" fn dealloc(ptr: *mut u8, len: usize) {
        // SAFETY: by the contract above the pair is a boxed slice `leak` gave up, freed once.
        drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr, len)) });
    }

    /// # Safety
    /// `ptr` and `len` are what one `alloc` gave, not yet freed.
    #[no_mangle]
    pub unsafe extern "C" fn render(format: u32, ptr: *const u8, len: usize) -> u64 {
        // SAFETY: by the contract above these are `len` initialised bytes (`alloc` zeroes them)
        // that nothing else uses during the call: the app waits for it, and wasm has one thread.
        let input = unsafe { std::slice::from_raw_parts(ptr, len) };
        let reply = answer(format, input).encode();
        let (ptr, len) = leak(reply.into_bytes().into_boxed_slice());
        // wasm32 pointers and lengths are 32 bits: both fit side by side.
        ((ptr as u32 as u64) << 32) | len as u32 as u64
    }
}
