// The source of the per-kind precompiled-header targets (tests/CMakeLists.txt); it has no code.
