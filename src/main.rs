//! Entry point of the browser build: mounts the app, nothing else.
fn main() {
    ims_crosswalk::mount();
}
