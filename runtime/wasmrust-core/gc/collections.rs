//! Collections beyond `Vec` (the maps and sets come with issue #4's work).
