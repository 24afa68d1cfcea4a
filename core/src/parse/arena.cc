#include "parse/arena.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace clearsource {

Arena::Arena(size_t first_block_bytes) : next_block_(first_block_bytes) {}

Arena::~Arena() {
#ifdef CLEARSOURCE_ARENA_MALLOC
  for (void* p : live_) std::free(p);
#endif
}

void* Arena::Carve(size_t bytes) {
  if (bytes > left_) {
    size_t size = std::max(next_block_, bytes);
    blocks_.emplace_back(new unsigned char[size]);
    reserved_ += size;
    cursor_ = blocks_.back().get();
    left_ = size;
    // Grow geometrically so a 10 MB page needs few blocks, but cap the step to limit slack.
    next_block_ = std::min<size_t>(next_block_ * 2, 8u * 1024u * 1024u);
  }
  void* p = cursor_;
  cursor_ += bytes;
  left_ -= bytes;
  return p;
}

void* Arena::Allocate(size_t bytes) {
#ifdef CLEARSOURCE_ARENA_MALLOC
  void* p = std::malloc(bytes ? bytes : 1);
  live_.insert(p);
  reserved_ += bytes;
  return p;
#endif
  size_t rounded = (bytes + kAlign - 1) & ~(kAlign - 1);
  if (rounded == 0) rounded = kAlign;
  size_t cls = rounded / kAlign - 1;
  unsigned char* block;
  if (cls < kClasses && free_lists_[cls]) {
    block = static_cast<unsigned char*>(free_lists_[cls]);
    std::memcpy(&free_lists_[cls], block + kHeader, sizeof(void*));
  } else {
    block = static_cast<unsigned char*>(Carve(rounded + kHeader));
    uint64_t size = rounded;
    std::memcpy(block, &size, sizeof size);
  }
  return block + kHeader;
}

void Arena::Free(void* ptr) {
  if (!ptr) return;
#ifdef CLEARSOURCE_ARENA_MALLOC
  live_.erase(ptr);
  std::free(ptr);
  return;
#endif
  unsigned char* block = static_cast<unsigned char*>(ptr) - kHeader;
  uint64_t size;
  std::memcpy(&size, block, sizeof size);
  size_t cls = size / kAlign - 1;
  if (cls < kClasses) {
    std::memcpy(ptr, &free_lists_[cls], sizeof(void*));
    free_lists_[cls] = block;
  }
}

void* Arena::GumboAlloc(void* self, size_t bytes) {
  return static_cast<Arena*>(self)->Allocate(bytes);
}

void Arena::GumboFree(void* self, void* ptr) { static_cast<Arena*>(self)->Free(ptr); }

}  // namespace clearsource
