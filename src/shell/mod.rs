//! The app shell: mounting (on the page's body, or as a widget in a host page), the `App`
//! component that owns the state and follows the address, and the header and footer around
//! every page, with the notice that a newer build was published.

mod app;
mod footer;
mod header;
pub mod mount;
mod update_notice;
pub mod widget;
