// Bump allocator handed to gumbo. Gumbo makes many small allocations and frees them one by one;
// with an arena the whole parse tree is released at once (no recursive gumbo_destroy_output,
// which would also overflow the stack on deeply nested pages) and parsing runs markedly faster.
#ifndef CLEARSOURCE_PARSE_ARENA_H_
#define CLEARSOURCE_PARSE_ARENA_H_

#include <cstddef>
#include <memory>
#include <unordered_set>
#include <vector>

// Under AddressSanitizer every allocation is its own malloc (see Arena::Allocate), so overflows
// and use-after-free inside gumbo's tree are caught instead of landing in a shared block.
#if defined(__SANITIZE_ADDRESS__)
#define CLEARSOURCE_ARENA_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLEARSOURCE_ARENA_MALLOC 1
#endif
#endif

namespace clearsource {

class Arena {
 public:
  explicit Arena(size_t first_block_bytes = 64 * 1024);
  ~Arena();
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* Allocate(size_t bytes);
  // Freed blocks of the common small sizes are recycled; larger ones wait for the arena's end.
  void Free(void* ptr);
  size_t bytes_reserved() const { return reserved_; }

  static void* GumboAlloc(void* self, size_t bytes);
  static void GumboFree(void* self, void* ptr);

 private:
  static constexpr size_t kAlign = 16;
  static constexpr size_t kHeader = 16;   // holds the block size class; keeps 16-byte alignment
  static constexpr size_t kClasses = 16;  // free lists for 16..256-byte blocks
  void* Carve(size_t bytes);

  std::vector<std::unique_ptr<unsigned char[]>> blocks_;
  unsigned char* cursor_ = nullptr;
  size_t left_ = 0;
  size_t next_block_;
  size_t reserved_ = 0;
  void* free_lists_[kClasses] = {};
#ifdef CLEARSOURCE_ARENA_MALLOC
  std::unordered_set<void*> live_;
#endif
};

}  // namespace clearsource

#endif  // CLEARSOURCE_PARSE_ARENA_H_
