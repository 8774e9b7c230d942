# -*- Python -*-
import os
import shutil
import subprocess

import lit.formats
import lit.util
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "REMAT"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test", ".json"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.remat_obj_root, "test")
config.excludes = ["CMakeLists.txt", "README.md", "lit.cfg.py", "lit.site.cfg.py", "Inputs", "Unit"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%remat_src", config.remat_src_root))
config.substitutions.append(("%remat_lib", config.remat_lib_dir))
config.substitutions.append(("%remat_obj", config.remat_obj_root))
config.substitutions.append(("%jax_data", os.path.join(config.remat_src_root, "examples", "jax")))
config.substitutions.append(("%python", config.python_executable or "python3"))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

tool_dirs = [config.remat_tools_dir, config.llvm_tools_dir]
tools = [
    "remat-opt",
    "FileCheck",
    "not",
    "count",
    "split-file",
    ToolSubst("mlir-opt", unresolved="ignore"),
    ToolSubst("mlir-translate", unresolved="ignore"),
    ToolSubst("remat-solve", unresolved="ignore"),
    ToolSubst("remat-run", unresolved="ignore"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# Python with numpy (installed by scripts/setup) for reference checks.
python = config.python_executable or shutil.which("python3")
def python_has(module):
    try:
        return subprocess.run([python, "-c", "import " + module], capture_output=True).returncode == 0
    except OSError:
        return False
if python and python_has("numpy"):
    config.available_features.add("numpy")
if python and python_has("jax"):
    config.available_features.add("jax")

# A GPU is present only where the NVIDIA driver answers.
if shutil.which("nvidia-smi") and subprocess.run(["nvidia-smi", "-L"], capture_output=True).returncode == 0:
    config.available_features.add("gpu")
