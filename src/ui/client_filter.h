// The client list's search, quick filters and order, kept apart from drawing so that it
// can be tested without ImGui. Case folding is deliberately simple: ASCII, Latin-1 and
// Cyrillic (А-Я, Ѐ-Џ incl. Ё) to lower case, and ё to е as Russian users expect.
//
// The search finds a client by name, legal name, INN, phone (digits in any format: "8 495
// 123", "+7495123" and "123-45" all find "+7 (495) 123-45-67"), e-mail and its contact
// persons' names; every word of the query must match some field. Results come best first
// (ClientSearchRank), ties in name order; ClientListCache::matches says which field matched.
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

// The order of the results, best first (ClientMatch::rank).
enum ClientSearchRank : uint8_t {
    kRankNameStart = 0,    // the name starts with the query
    kRankNameWord = 1,     // a word of the name starts with it
    kRankNameContains = 2,
    kRankLegalName = 3,
    kRankNumberPrefix = 4,  // INN or phone: exactly or starting with the digits
    kRankNumberContains = 5,
    kRankEmail = 6,
    kRankContact = 7,
    kRankCount = 8,
};

// The digits under which a phone text is searched: a Russian number's ten national digits,
// another country's E.164 digits, or the digits of an unrecognised text.
void AppendPhoneSearchDigits(std::string_view phone, std::string& out);

// Brings ui.list up to date with the store, ui.search and ui.list.filter (a no-op when
// nothing changed). `now` decides "overdue" and "in force today"; the short form uses the
// platform clock. These complete the filter pass, however long it takes.
void UpdateClientList(const Store& store, UiState& ui, const Moment& now);
void UpdateClientList(const Store& store, UiState& ui);
// The same with at most about `budget_ms` of filtering (platform::NowMs; a slice of 1024
// clients is the unit): at 100k clients a query's first letters match nearly everyone and
// a whole pass takes longer than a frame should. The list then holds the matches found so
// far, in their final order, and the next calls go on where this one stopped; the result,
// once complete, is the same as in one go. The list draws it with the frame's budget.
constexpr double kClientListComplete = 1e300;
constexpr double kClientListFrameBudgetMs = 1.5;
void UpdateClientList(const Store& store, UiState& ui, const Moment& now, double budget_ms);
void UpdateClientListForFrame(const Store& store, UiState& ui);
// The list is not complete for ui.search and the filters yet (a pass is under way or due):
// the host should draw another frame. False when nothing is pending, so idle stays idle.
bool ClientListPending(const UiState& ui);
// Builds what a search needs besides the keys (the contact persons' names by client; a
// few hundred ms at 300k contacts) before the first letter is typed: the list calls it
// while its search box is active and still empty.
void PrepareClientSearch(const Store& store, UiState& ui);
// The interface appended a client at `pos`: insert it into the order without re-sorting
// everything (100k clients), if the cache was current before the append.
void NoteClientAdded(const Store& store, UiState& ui, uint32_t pos);
// The interface edited a client: refresh its search text (its place in the order and in
// the filtered list stay until the next rebuild, so the row does not vanish while typing).
// An edit of the selected client is noticed without it (by store.clients.Version()).
void NoteClientEdited(const Store& store, UiState& ui, const std::string& client_id);

// The values in use for the quick filters' choices (ui.list.segments, responsible_ids),
// rebuilt when the clients changed since the last call.
// Clients whose folded name, legal name or INN (the list's search keys) contain `query`
// (trimmed, folded), in name order: up to `max` ids into `out` (cleared first). Returns how
// many match in all. For the company pickers (relationship form, merge dialog); call it
// when the query or the clients changed, not per frame.
size_t FindClientsByText(const Store& store, UiState& ui, std::string_view query, size_t max,
                         std::vector<std::string>& out);

void UpdateQuickFilterChoices(const Store& store, UiState& ui);

// Where the match of `m` lies in `shown` (the text the list shows for that field: the
// phone as written, the e-mail, the INN, the short contact name...): byte offsets, false
// when it cannot be pointed at. Uses ui.list.scratch.
bool FindMatchInShown(UiState& ui, const ClientMatch& m, std::string_view shown, size_t& from, size_t& len);

}  // namespace card
