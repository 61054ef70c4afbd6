//! Integration tests: the real CLI and the real HTTP server on a loopback port.

mod browser;
mod support;
