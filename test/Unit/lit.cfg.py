# -*- Python -*-
# Runs every gtest binary under <build>/unittests (names ending in "Tests").
import lit.formats

config.name = "REMAT-Unit"
config.suffixes = []
config.test_source_root = config.remat_unittests_dir
config.test_exec_root = config.remat_unittests_dir
config.test_format = lit.formats.GoogleTest(".", "Tests")
