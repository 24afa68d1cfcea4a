# Tables compiled into the core at build time (publisher list, public suffix list). Each
# generator writes a header saying what generated it. Empty until the provenance stage lands.
set(CLEARSOURCE_GENERATED_SOURCES "")
file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/generated")
