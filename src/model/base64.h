// Standard base64 (RFC 4648 section 4): alphabet A-Z a-z 0-9 + /, '=' padding to a
// multiple of 4, no line breaks or spaces. Attachments keep their bytes in this form
// (docs/FORMAT.md `attachments[].data`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace card {

// The base64 text of `bytes` (any bytes, NUL included); "" for no bytes.
std::string Base64Encode(std::string_view bytes);
// The length of Base64Encode's result for `n` bytes.
constexpr int64_t Base64EncodedLength(int64_t n) { return (n + 2) / 3 * 4; }

// Decodes strictly: the length must be a multiple of 4, only the alphabet before at most
// two '=' at the very end. The unused low bits of the last group are ignored (as the JSON
// codec's validator does). Returns false, with `out` cleared, for anything else.
bool Base64Decode(std::string_view text, std::string& out);

}  // namespace card
