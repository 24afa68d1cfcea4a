# Tables compiled into the core at build time (publisher list, public suffix list). Each is
# written by cmake/gen_tables.cmake in CMake script mode (no host compiler, Node or Python
# needed, so the wasm cross-build works unchanged); every generated file names its generator
# and input. The sources land in ${CMAKE_BINARY_DIR}/generated and are appended to the core
# library through CLEARSOURCE_GENERATED_SOURCES.
set(CLEARSOURCE_GENERATED_DIR "${CMAKE_BINARY_DIR}/generated")
file(MAKE_DIRECTORY "${CLEARSOURCE_GENERATED_DIR}")

set(CLEARSOURCE_PUBLISHERS_TSV "${CMAKE_SOURCE_DIR}/core/data/publishers.tsv"
    CACHE FILEPATH "Publisher table (core/data/README.md)")
set(CLEARSOURCE_PSL_FILE "/usr/share/publicsuffix/public_suffix_list.dat"
    CACHE FILEPATH "Public Suffix List (Debian package publicsuffix)")
if(NOT EXISTS "${CLEARSOURCE_PSL_FILE}")
  message(FATAL_ERROR "Public Suffix List not found at ${CLEARSOURCE_PSL_FILE}: "
                      "apt-get install publicsuffix (or set CLEARSOURCE_PSL_FILE)")
endif()

set(_gen_script "${CMAKE_SOURCE_DIR}/cmake/gen_tables.cmake")
add_custom_command(
  OUTPUT "${CLEARSOURCE_GENERATED_DIR}/publishers_table.cc"
  COMMAND "${CMAKE_COMMAND}" -DKIND=publishers "-DIN=${CLEARSOURCE_PUBLISHERS_TSV}"
          "-DOUT=${CLEARSOURCE_GENERATED_DIR}/publishers_table.cc" -P "${_gen_script}"
  DEPENDS "${CLEARSOURCE_PUBLISHERS_TSV}" "${_gen_script}"
  COMMENT "Generating publishers_table.cc from core/data/publishers.tsv"
  VERBATIM)
add_custom_command(
  OUTPUT "${CLEARSOURCE_GENERATED_DIR}/psl_table.cc"
  COMMAND "${CMAKE_COMMAND}" -DKIND=psl "-DIN=${CLEARSOURCE_PSL_FILE}"
          "-DOUT=${CLEARSOURCE_GENERATED_DIR}/psl_table.cc" -P "${_gen_script}"
  DEPENDS "${CLEARSOURCE_PSL_FILE}" "${_gen_script}"
  COMMENT "Generating psl_table.cc from the Public Suffix List"
  VERBATIM)

set(CLEARSOURCE_GENERATED_SOURCES
    "${CLEARSOURCE_GENERATED_DIR}/publishers_table.cc"
    "${CLEARSOURCE_GENERATED_DIR}/psl_table.cc")
