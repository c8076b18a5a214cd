//! The app shell: mounting (on the page's body, or as a widget in a host page), the `App`
//! component that owns the state and follows the address, and the header and footer around
//! every page.

mod app;
mod footer;
mod header;
pub mod mount;
pub mod widget;
