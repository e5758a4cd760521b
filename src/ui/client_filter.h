// The client list's search and order, kept apart from drawing so that it can be tested
// and timed without ImGui. Case folding is deliberately simple: ASCII, Latin-1 and Cyrillic
// (А-Я, Ѐ-Џ incl. Ё) to lower case, and ё to е as Russian users expect when searching.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

// Appends the folded form of `in` to `out` (valid UTF-8 in, valid UTF-8 out; invalid bytes
// are copied as they are). Folded text compares byte by byte in code point order.
void AppendFolded(std::string_view in, std::string& out);
// <0, 0, >0 like strcmp, on the folded text, without allocating.
int CompareFolded(std::string_view a, std::string_view b);

// Brings ui.list up to date with the store and ui.search (a no-op when nothing changed).
void UpdateClientList(const Store& store, UiState& ui);
// The interface appended a client at `pos`: insert it into the order without re-sorting
// everything (100k clients), if the cache was current before the append.
void NoteClientAdded(const Store& store, UiState& ui, uint32_t pos);
// The interface edited a client: refresh its search text (its place in the order and in
// the filtered list stay until the next rebuild, so the row does not vanish while typing).
void NoteClientEdited(const Store& store, UiState& ui, const std::string& client_id);

}  // namespace card
