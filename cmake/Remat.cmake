# Helpers shared by every remat library and tool. Everything links the shared libMLIR.so and
# libLLVM.so so that tools stay small and the plugin shares one MLIR with mlir-opt.

# remat_add_library(name SOURCES... [DEPENDS tablegen-targets...] [LINK libs...])
function(remat_add_library name)
  cmake_parse_arguments(ARG "MLIR_FREE" "" "DEPENDS;LINK" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  if(NOT ARG_MLIR_FREE)
    target_link_libraries(${name} PUBLIC MLIR LLVM)
  endif()
  if(ARG_LINK)
    target_link_libraries(${name} PUBLIC ${ARG_LINK})
  endif()
endfunction()
