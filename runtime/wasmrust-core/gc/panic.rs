//! Panic locations.

/// Where a panic happened, as rustc reports it.
#[lang = "Location"]
pub struct Location {
    file: &'static str,
    line: u32,
    col: u32,
}

impl Location {
    /// The location of the caller of the `#[track_caller]` function this is called in.
    #[track_caller]
    pub fn caller() -> &'static Location {
        __caller
    }

    pub fn file(&self) -> &str {
        self.file
    }

    pub fn line(&self) -> u32 {
        self.line
    }

    pub fn column(&self) -> u32 {
        self.col
    }
}
