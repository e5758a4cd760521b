#include "ui/client_filter.h"

#include "model/text_scan.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "model/interests.h"
#include "model/phone.h"
#include "platform/platform.h"

namespace card {
namespace {

// Decodes one code point at p (advancing p); an invalid byte decodes as itself.
uint32_t Decode(const unsigned char*& p, const unsigned char* end) {
    const unsigned char c = *p;
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c < 0x80) {
        ++p;
        return c;
    }
    if ((c & 0xE0) == 0xC0 && cont(1)) {
        const uint32_t cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        p += 2;
        return cp;
    }
    if ((c & 0xF0) == 0xE0 && cont(1) && cont(2)) {
        const uint32_t cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        p += 3;
        return cp;
    }
    if ((c & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
        const uint32_t cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                            (p[3] & 0x3Fu);
        p += 4;
        return cp;
    }
    ++p;
    return 0x110000u + c;  // outside Unicode: an invalid byte, kept distinct and ordered
}

uint32_t Fold(uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // Latin-1 capitals
    if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;                // А-Я
    else if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50;           // Ѐ-Џ (Ё)
    if (cp == 0x0451) cp = 0x0435;                               // ё -> е
    return cp;
}

constexpr char kFieldSeparator = '\x1f';
constexpr char kItemSeparator = '\x1e';

// Which byte values occur in a folded text (bit b & 63 for each byte b; for Cyrillic the
// second byte of a letter tells the letters apart). A needle with a byte the text lacks
// cannot occur in it: one AND rejects most clients before any search in their text.
using ByteMask = uint64_t;
ByteMask MaskOf(std::string_view s) {
    ByteMask m = 0;
    for (const char c : s) m |= ByteMask{1} << (static_cast<unsigned char>(c) & 63u);
    return m;
}
constexpr size_t kMaskBytes = sizeof(ByteMask);
// The mask is kept in the text itself, in the kMaskBytes before the text it describes (a
// client's keys; a client's group of contact names), so it always belongs to that text.
ByteMask MaskBefore(const std::string& text, size_t offset) {
    ByteMask m;
    std::memcpy(&m, text.data() + offset - kMaskBytes, kMaskBytes);
    return m;
}
void PutMaskBefore(std::string& text, size_t offset, ByteMask m) {
    std::memcpy(&text[offset - kMaskBytes], &m, kMaskBytes);
}

ClientKey AppendKey(const Client& c, std::string& text) {
    ClientKey k;
    text.append(kMaskBytes, '\0');
    k.offset = static_cast<uint32_t>(text.size());
    AppendFolded(c.name, text);
    k.name_len = static_cast<uint32_t>(text.size() - k.offset);
    text += kFieldSeparator;
    size_t at = text.size();
    AppendFolded(c.legal_name, text);
    k.legal_len = static_cast<uint32_t>(text.size() - at);
    text += kFieldSeparator;
    AppendFolded(c.inn, text);
    k.length = static_cast<uint32_t>(text.size() - k.offset);
    text += kFieldSeparator;
    at = text.size();
    for (size_t i = 0; i < c.emails.size(); ++i) {
        if (i) text += kItemSeparator;
        AppendFolded(c.emails[i], text);
    }
    k.email_len = static_cast<uint32_t>(text.size() - at);
    text += kFieldSeparator;
    at = text.size();
    for (size_t i = 0; i < c.phones.size(); ++i) {
        if (i) text += kItemSeparator;
        AppendPhoneSearchDigits(c.phones[i], text);
    }
    k.phone_len = static_cast<uint32_t>(text.size() - at);
    PutMaskBefore(text, k.offset, MaskOf(std::string_view(text).substr(k.offset)));
    return k;
}

struct KeyView {
    std::string_view name, legal, inn, emails, phones;
};

KeyView View(const ClientListCache& l, uint32_t pos) {
    const ClientKey& k = l.keys[pos];
    const std::string_view t(l.text);
    KeyView v;
    v.name = t.substr(k.offset, k.name_len);
    v.legal = t.substr(k.offset + k.name_len + 1, k.legal_len);
    v.inn = t.substr(k.offset + k.name_len + k.legal_len + 2, k.length - k.name_len - k.legal_len - 2);
    v.emails = t.substr(k.offset + k.length + 1, k.email_len);
    v.phones = t.substr(k.offset + k.length + 1 + k.email_len + 1, k.phone_len);
    return v;
}

struct ByName {
    const ClientListCache* l;
    std::string_view Name(uint32_t pos) const {
        const ClientKey& k = l->keys[pos];
        return std::string_view(l->text).substr(k.offset, k.name_len);
    }
    bool operator()(uint32_t a, uint32_t b) const {
        const int c = Name(a).compare(Name(b));
        return c != 0 ? c < 0 : a < b;
    }
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A word starts at `at` in folded text: at the beginning or after a character that is not
// a letter or digit (space, quote, «, dash, bracket, dot).
bool WordStart(std::string_view s, size_t at) {
    if (at == 0) return true;
    size_t p = at - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    const auto* b = reinterpret_cast<const unsigned char*>(s.data() + p);
    const uint32_t cp = Decode(b, reinterpret_cast<const unsigned char*>(s.data() + at));
    if (cp < 0x80) return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'));
    if (cp < 0xC0) return true;                      // «, », NBSP and other Latin-1 signs
    if (cp >= 0x2000 && cp <= 0x206F) return true;  // dashes, quotes, spaces
    return false;                                    // letters
}

// Only digits and the separators of a phone number, with 3 digits or more.
bool PhoneShaped(std::string_view s, std::string& digits) {
    digits.clear();
    for (char c : s) {
        if (IsDigit(c))
            digits.push_back(c);
        else if (c != ' ' && c != '\t' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.')
            return (digits.clear(), false);
    }
    if (digits.size() >= 3) return true;
    digits.clear();
    return false;
}

void MakeTerm(std::string_view word, ClientSearchTerm& t) {
    t.folded.clear();
    AppendFolded(word, t.folded);
    t.anchored.clear();
    if (PhoneShaped(word, t.digits) && t.digits.size() >= 4 && (t.digits[0] == '7' || t.digits[0] == '8'))
        t.anchored.assign(t.digits, 1, std::string::npos);
}

bool IsQuerySpace(char c) { return c == ' ' || c == '\t'; }

// Splits ui.search into terms (l.terms) and the collapsed phrase; false when it is blank.
bool ParseSearch(const std::string& search, ClientListCache& l) {
    l.terms.clear();
    l.phrase.clear();
    size_t b = 0, e = search.size();
    while (b < e && IsQuerySpace(search[b])) ++b;
    while (e > b && IsQuerySpace(search[e - 1])) --e;
    if (b == e) return false;
    const std::string_view q = std::string_view(search).substr(b, e - b);
    std::string collapsed;
    for (size_t i = 0; i < q.size(); ++i) {
        if (IsQuerySpace(q[i]) && (collapsed.empty() || collapsed.back() == ' ')) continue;
        collapsed.push_back(IsQuerySpace(q[i]) ? ' ' : q[i]);
    }
    AppendFolded(collapsed, l.phrase);
    std::string digits;
    if (PhoneShaped(collapsed, digits)) {  // "8 495 123": one number, not three words
        l.terms.emplace_back();
        MakeTerm(collapsed, l.terms.back());
        return true;
    }
    size_t i = 0;
    while (i < collapsed.size()) {
        size_t j = collapsed.find(' ', i);
        if (j == std::string::npos) j = collapsed.size();
        l.terms.emplace_back();
        MakeTerm(std::string_view(collapsed).substr(i, j - i), l.terms.back());
        i = j + 1;
    }
    return true;
}

// The index of the item (separated by kItemSeparator) that holds byte `at` of `list`.
uint32_t ItemAt(std::string_view list, size_t at) {
    uint32_t n = 0;
    for (size_t i = 0; i < at && i < list.size(); ++i) n += list[i] == kItemSeparator;
    return n;
}

// The rank of `needle` in a folded name: starts with it, a word starts with it, contains it.
int NameRank(std::string_view name, std::string_view needle) {
    size_t f = name.find(needle);
    if (f == std::string_view::npos) return kRankCount;
    if (f == 0) return kRankNameStart;
    for (; f != std::string_view::npos; f = name.find(needle, f + 1))
        if (WordStart(name, f)) return kRankNameWord;
    return kRankNameContains;
}

// The byte masks of a term: its folded text, and its digits (matched against the INN and
// the phones when the term reads as a number).
struct TermMasks {
    ByteMask folded = 0, digits = 0;
    bool has_digits = false;
};

// The best match of one term in the client at `pos`; false when no field matches.
bool MatchTerm(const ClientListCache& l, const KeyView& v, uint32_t pos, const ClientSearchTerm& t,
               const TermMasks& tm, ClientMatch& m) {
    int best = kRankCount;
    // Can the term occur in the client's own fields (all in the text after its mask)?
    const ByteMask own = MaskBefore(l.text, l.keys[pos].offset);
    const bool in_own = (!t.folded.empty() && (tm.folded & ~own) == 0) || (tm.has_digits && (tm.digits & ~own) == 0);
    auto take = [&](int rank, ClientMatchField field, uint32_t item) {
        if (rank < best) {
            best = rank;
            m.field = field;
            m.item = item;
        }
    };
    if (in_own && !t.folded.empty()) {
        take(NameRank(v.name, t.folded), ClientMatchField::Name, 0);
        if (best > kRankLegalName && v.legal.find(t.folded) != std::string_view::npos)
            take(kRankLegalName, ClientMatchField::LegalName, 0);
    }
    if (in_own && best > kRankNumberPrefix) {
        const std::string& inn_needle = t.digits.empty() ? t.folded : t.digits;
        const size_t f = inn_needle.empty() ? std::string_view::npos : v.inn.find(inn_needle);
        if (f != std::string_view::npos)
            take(f == 0 ? kRankNumberPrefix : kRankNumberContains, ClientMatchField::Inn, 0);
    }
    if (in_own && best > kRankNumberPrefix && !t.digits.empty() && !v.phones.empty()) {
        uint32_t item = 0;
        size_t i = 0;
        while (i <= v.phones.size() && best > kRankNumberPrefix) {
            size_t j = v.phones.find(kItemSeparator, i);
            if (j == std::string_view::npos) j = v.phones.size();
            const std::string_view p = v.phones.substr(i, j - i);
            if (p.compare(0, t.digits.size(), t.digits) == 0 ||
                (!t.anchored.empty() && p.compare(0, t.anchored.size(), t.anchored) == 0))
                take(kRankNumberPrefix, ClientMatchField::Phone, item);
            else if (p.find(t.digits) != std::string_view::npos)
                take(kRankNumberContains, ClientMatchField::Phone, item);
            ++item;
            i = j + 1;
        }
    }
    if (in_own && best > kRankEmail && !t.folded.empty()) {
        const size_t f = v.emails.find(t.folded);
        if (f != std::string_view::npos) take(kRankEmail, ClientMatchField::Email, ItemAt(v.emails, f));
    }
    if (best > kRankContact && !t.folded.empty() && pos + 1 < l.contact_begin.size() &&
        l.contact_begin[pos] < l.contact_begin[pos + 1] &&
        (tm.folded & ~MaskBefore(l.contact_text, l.contact_entries[l.contact_begin[pos]].offset)) == 0) {
        const std::string_view ct(l.contact_text);
        for (uint32_t e = l.contact_begin[pos]; e < l.contact_begin[pos + 1]; ++e) {
            const auto& entry = l.contact_entries[e];
            if (ct.substr(entry.offset, entry.len).find(t.folded) != std::string_view::npos) {
                take(kRankContact, ClientMatchField::Contact, entry.contact_pos);
                break;
            }
        }
    }
    m.rank = static_cast<uint8_t>(best);
    return best < kRankCount;
}

// Every term must match; the client's rank is its weakest term's (or the whole phrase in
// the name, when better), and the match shown is that weakest term's field.
bool MatchClient(const ClientListCache& l, uint32_t pos, const std::vector<TermMasks>& masks, ClientMatch& out) {
    const KeyView v = View(l, pos);
    out = ClientMatch{};
    bool first = true;
    for (size_t i = 0; i < l.terms.size(); ++i) {
        ClientMatch m;
        if (!MatchTerm(l, v, pos, l.terms[i], masks[i], m)) return false;
        m.term = static_cast<uint16_t>(i);
        if (first || m.rank > out.rank) out = m;
        first = false;
    }
    if (l.terms.size() > 1) {
        const int phrase_rank = NameRank(v.name, l.phrase);
        if (phrase_rank < out.rank) {
            out = ClientMatch{};
            out.field = ClientMatchField::Name;
            out.rank = static_cast<uint8_t>(phrase_rank);
        }
    }
    return true;
}

uint32_t PositionOf(const Store& store, const std::string& client_id) {
    const Client* c = store.clients.Find(client_id);
    return c ? static_cast<uint32_t>(c - store.clients.All().data()) : UINT32_MAX;
}

// The contacts' folded names grouped by client position.
void BuildContactIndex(const Store& store, ClientListCache& l) {
    const auto& contacts = store.contacts.All();
    const size_t n = l.keys.size();
    std::vector<uint32_t> owner(contacts.size());
    l.contact_begin.assign(n + 1, 0);
    for (size_t i = 0; i < contacts.size(); ++i) {
        owner[i] = PositionOf(store, contacts[i].client_id);
        if (owner[i] < n) ++l.contact_begin[owner[i] + 1];
    }
    for (size_t i = 0; i < n; ++i) l.contact_begin[i + 1] += l.contact_begin[i];
    std::vector<uint32_t> cursor(l.contact_begin.begin(), l.contact_begin.end() - 1);
    l.contact_entries.assign(l.contact_begin[n], {});
    for (size_t i = 0; i < contacts.size(); ++i)
        if (owner[i] < n) l.contact_entries[cursor[owner[i]]++].contact_pos = static_cast<uint32_t>(i);
    // The names client by client (a search reads one client's after another), each
    // client's group after its mask.
    l.contact_text.clear();
    for (size_t pos = 0; pos < n; ++pos) {
        const uint32_t b = l.contact_begin[pos], e = l.contact_begin[pos + 1];
        if (b == e) continue;
        l.contact_text.append(kMaskBytes, '\0');
        const size_t group = l.contact_text.size();
        for (uint32_t i = b; i < e; ++i) {
            auto& entry = l.contact_entries[i];
            entry.offset = static_cast<uint32_t>(l.contact_text.size());
            AppendFolded(contacts[entry.contact_pos].name, l.contact_text);
            entry.len = static_cast<uint32_t>(l.contact_text.size() - entry.offset);
        }
        PutMaskBefore(l.contact_text, group, MaskOf(std::string_view(l.contact_text).substr(group)));
    }
    l.contacts_version = store.contacts.Version();
    l.contacts_generation = l.generation;
}

constexpr uint8_t kHasContract = 1, kOverdue = 2;

// Recomputes the flags a filter needs when their inputs changed; true when a bit changed.
bool UpdateFlags(const Store& store, ClientListCache& l, const Moment& now) {
    const size_t n = l.keys.size();
    bool changed = false;
    if (l.flags.size() != n) {
        l.flags.assign(n, 0);
        l.contracts_generation = l.interactions_generation = ~uint64_t{0};
    }
    const ClientQuickFilter& f = l.filter;
    const Date today = now.empty() ? Date{} : now.LocalDate();
    if (f.no_contract && (l.contracts_version != store.contracts.Version() || l.contracts_day != today.days ||
                          l.contracts_generation != l.generation)) {
        const std::vector<uint8_t> old = l.flags;
        for (auto& b : l.flags) b &= static_cast<uint8_t>(~kHasContract);
        for (const Contract& c : store.contracts.All()) {
            if (!InForce(c, today)) continue;
            const uint32_t pos = PositionOf(store, c.client_id);
            if (pos < n) l.flags[pos] |= kHasContract;
        }
        changed = changed || old != l.flags;
        l.contracts_version = store.contracts.Version();
        l.contracts_day = today.days;
        l.contracts_generation = l.generation;
    }
    const int64_t minute = now.empty() ? 0 : now.utc_ms / 60000;
    if (f.overdue && (l.interactions_version != store.interactions.Version() || l.overdue_minute != minute ||
                      l.interactions_generation != l.generation)) {
        const std::vector<uint8_t> old = l.flags;
        for (auto& b : l.flags) b &= static_cast<uint8_t>(~kOverdue);
        const int64_t now_ms = now.empty() ? 0 : now.utc_ms;
        for (const Interaction& x : store.interactions.All()) {
            if (!IsOverdueAt(x, now_ms)) continue;
            const uint32_t pos = PositionOf(store, x.client_id);
            if (pos < n) l.flags[pos] |= kOverdue;
        }
        changed = changed || old != l.flags;
        l.interactions_version = store.interactions.Version();
        l.overdue_minute = minute;
        l.interactions_generation = l.generation;
    }
    return changed;
}

bool PassesFilter(const ClientListCache& l, const Client& c, uint32_t pos) {
    const ClientQuickFilter& f = l.filter;
    if (f.status_mask && !(f.status_mask & (1u << static_cast<unsigned>(c.status)))) return false;
    if (!f.segment.empty() && c.segment != f.segment) return false;
    if (!f.responsible_id.empty() &&
        std::none_of(c.responsibles.begin(), c.responsibles.end(),
                     [&](const Responsible& r) { return r.employee_id == f.responsible_id; }))
        return false;
    if (f.needs_update && std::none_of(c.infobases.begin(), c.infobases.end(),
                                       [](const Infobase& b) { return b.needs_update; }))
        return false;
    const uint8_t flags = pos < l.flags.size() ? l.flags[pos] : 0;
    if (f.no_contract && (flags & kHasContract)) return false;
    if (f.overdue && !(flags & kOverdue)) return false;
    return true;
}

// Every client that matches `n` also matches `o` (so a search for `n` need only look among
// the clients found for `o`): `n` contains `o`'s folded text, and its digits extend `o`'s
// the same way (both or neither read as a number; the number matched from its start).
bool Narrows(const ClientSearchTerm& n, const ClientSearchTerm& o) {
    if (n.folded.find(o.folded) == std::string::npos) return false;
    if (n.digits.empty() != o.digits.empty() || n.anchored.empty() != o.anchored.empty()) return false;
    return n.digits.compare(0, o.digits.size(), o.digits) == 0 &&
           n.anchored.compare(0, o.anchored.size(), o.anchored) == 0;
}

// A filter pass, possibly over several frames. The clients are visited in position order
// (their keys lie in that order in memory); after each slice the matches found so far are
// put in the list's order (rank, then name). At 100k clients the first letters of a query
// match nearly everyone and a whole pass takes longer than a frame may (8-50 ms for the
// first four letters natively): UpdateClientList then stops at its budget, the list shows
// what was found, and the next frames go on where it stopped (ClientListPending says a
// frame is wanted) until the pass is complete. The result is the same as in one go.
//
// The pass lives here, not in the cache (the UI is one thread and has one client list);
// it belongs to the cache whose `generation` it was started for (generations are unique
// in the process, so a destroyed cache's number never comes back) and to that cache's
// pass number (`filter_runs`). A cache whose pass was taken by another one starts over.
struct FilterPass {
    uint64_t generation = 0, run = 0;  // whose pass this is
    bool active = false;               // started and not complete
    std::vector<ClientSearchTerm> terms;  // the search it runs (as in l.terms), for narrowing
    std::vector<TermMasks> masks;
    bool searching = false, filtering = false;
    uint32_t next = 0;              // the next client position to visit
    bool all = true;                // every client is a candidate; else those with candidate[pos]
    uint32_t keep = UINT32_MAX;     // the client that stays in the list (see StartPass)
    size_t keep_index = SIZE_MAX;   // ... at its place in the list before the pass
    size_t hits = 0, shown_hits = SIZE_MAX;  // matches found / when the list was last put in order
    double show_ms = 0;  // how long putting the list in order took last time (kept for it)
    std::vector<uint32_t> order;       // per client position: its index in `sorted`
    std::vector<uint8_t> hit;          // per index in `sorted`: rank + 1 of a match, 0 = none
    std::vector<uint8_t> candidate;    // per client position (when !all)
    std::vector<ClientMatch> match;    // per client position (valid where hit)
    std::vector<uint32_t> by_rank[kRankCount];  // the matched positions by rank, in name order
};
FilterPass& Pass() {
    static FilterPass pass;
    return pass;
}
uint64_t NewGeneration() {
    static uint64_t last = 0;
    return ++last;
}
bool OwnsActivePass(const ClientListCache& l) {
    const FilterPass& p = Pass();
    return p.active && p.generation == l.generation && p.run == l.filter_runs;
}

// Puts the pass's matches so far in the list's order (l.visible, l.matches) and the rows'
// line counts; the kept client at its old place.
void ShowPass(ClientListCache& l, FilterPass& p) {
    p.shown_hits = p.hits;
    l.visible.clear();
    l.matches.clear();
    l.visible.reserve(p.hits + 1);
    l.matches.reserve(p.hits + 1);
    // In the list's order: by rank, then in name order (one walk over the order).
    for (auto& bucket : p.by_rank) bucket.clear();
    for (size_t i = 0; i < p.hit.size(); ++i)
        if (p.hit[i]) p.by_rank[p.hit[i] - 1].push_back(l.sorted[i]);
    for (const auto& bucket : p.by_rank)
        for (const uint32_t pos : bucket) {
            l.visible.push_back(pos);
            l.matches.push_back(p.match[pos]);
        }
    if (p.keep != UINT32_MAX && (p.keep >= p.order.size() || p.order[p.keep] == UINT32_MAX || !p.hit[p.order[p.keep]])) {
        const size_t at = std::min(p.keep_index, l.visible.size());
        l.visible.insert(l.visible.begin() + static_cast<std::ptrdiff_t>(at), p.keep);
        l.matches.insert(l.matches.begin() + static_cast<std::ptrdiff_t>(at), ClientMatch{});
    }
}

void CountSecondLines(ClientListCache& l) {
    l.two_line_before.resize(l.visible.size() + 1);
    uint32_t extra = 0;
    for (size_t i = 0; i < l.visible.size(); ++i) {
        l.two_line_before[i] = extra;
        const ClientMatchField f = l.matches[i].field;
        extra += f != ClientMatchField::None && f != ClientMatchField::Name;
    }
    l.two_line_before[l.visible.size()] = extra;
}

// Starts a pass for ui.search and l.filter. `keep` (a client position, or UINT32_MAX)
// stays in the list at its old place when it no longer matches (the selected client,
// when only the data changed). `may_narrow`: the clients, their keys and the data the
// filters read are as they were for the list shown (complete) or for this cache's active
// pass, so when the new search only narrows that one (more letters typed), only the
// clients it found (and those it has not visited yet) are looked at.
void StartPass(const Store& store, UiState& ui, uint32_t keep, bool may_narrow) {
    ClientListCache& l = ui.list;
    FilterPass& p = Pass();
    const bool from_pass = OwnsActivePass(l);
    const size_t n = store.clients.All().size();
    if (l.keys_edited_since_filter) {  // the clients shown were found with the old keys
        may_narrow = false;
        l.keys_edited_since_filter = false;
    }
    // What the list shows now was found for (the complete list, or the active pass).
    const bool old_searching = l.built_search.find_first_not_of(" \t") != std::string::npos;
    const bool narrow_from = may_narrow && l.built_filter == l.filter && old_searching && (from_pass || !l.refilter);
    std::vector<ClientSearchTerm> old_terms;
    if (narrow_from) old_terms.swap(l.terms);
    p.keep = UINT32_MAX;  // only a client that is in the list now stays in it
    p.keep_index = SIZE_MAX;
    if (keep != UINT32_MAX)
        for (size_t i = 0; i < l.visible.size(); ++i)
            if (l.visible[i] == keep) {
                p.keep = keep;
                p.keep_index = i;
            }

    ++l.filter_runs;
    l.refilter = true;  // until the pass is complete
    l.built_search = ui.search;
    l.built_filter = l.filter;
    p.searching = ParseSearch(ui.search, l);
    p.filtering = l.filter.Any();
    bool narrow = narrow_from && p.searching && l.terms.size() >= old_terms.size();
    for (size_t i = 0; narrow && i < old_terms.size(); ++i) narrow = Narrows(l.terms[i], old_terms[i]);
    p.masks.resize(l.terms.size());
    for (size_t i = 0; i < l.terms.size(); ++i) {
        p.masks[i].folded = MaskOf(l.terms[i].folded);
        p.masks[i].digits = MaskOf(l.terms[i].digits);
        p.masks[i].has_digits = !l.terms[i].digits.empty();
    }
    if (narrow) {
        if (from_pass) {
            // The active pass's matches among the clients it visited, its candidates
            // among those it did not.
            if (p.all) p.candidate.assign(n, 1);
            for (uint32_t pos = 0; pos < p.next && pos < n; ++pos)
                p.candidate[pos] = p.order[pos] != UINT32_MAX && p.hit[p.order[pos]] != 0;
        } else {
            p.candidate.assign(n, 0);
            for (const uint32_t pos : l.visible)
                if (pos < n) p.candidate[pos] = 1;
        }
    }
    p.all = !narrow;
    p.generation = l.generation;
    p.run = l.filter_runs;
    p.active = true;
    p.terms = l.terms;
    p.next = 0;
    p.hits = 0;
    p.shown_hits = SIZE_MAX;
    // p.show_ms stays: the last pass's time to put its list in order is the best guess for
    // this one's first frame (a narrowing pass shows no more than that one did), which the
    // scan leaves free so that the keystroke's frame keeps to the budget.
    p.order.assign(n, UINT32_MAX);
    for (size_t i = 0; i < l.sorted.size(); ++i)
        if (l.sorted[i] < n) p.order[l.sorted[i]] = static_cast<uint32_t>(i);
    p.hit.assign(l.sorted.size(), 0);
    p.match.resize(n);
}

// Goes on with the cache's active pass until it is complete or `deadline` (platform::NowMs)
// has passed; puts what it found in the list.
void ContinuePass(const Store& store, UiState& ui, double deadline) {
    ClientListCache& l = ui.list;
    FilterPass& p = Pass();
    const auto& all = store.clients.All();
    const uint32_t n = static_cast<uint32_t>(std::min(all.size(), p.order.size()));
    if (!p.searching && !p.filtering) {
        l.visible = l.sorted;  // reuses capacity
        l.matches.assign(l.visible.size(), ClientMatch{});
        p.next = n;
    }
    // A slice of clients between looks at the clock (a few hundred microseconds of work);
    // the scan stops early enough to leave the time that putting the list in order took.
    constexpr uint32_t kSlice = 1024;
    deadline -= p.show_ms;
    while (p.next < n) {
        const uint32_t end = std::min(n, p.next + kSlice);
        for (uint32_t pos = p.next; pos < end; ++pos) {
            if (!p.all && !p.candidate[pos]) continue;
            if (p.order[pos] == UINT32_MAX) continue;
            if (p.filtering && !PassesFilter(l, all[pos], pos)) continue;
            ClientMatch m;
            if (p.searching && !MatchClient(l, pos, p.masks, m)) continue;
            p.hit[p.order[pos]] = static_cast<uint8_t>(m.rank + 1);
            p.match[pos] = m;
            ++p.hits;
        }
        p.next = end;
        if (p.next < n && platform::NowMs() >= deadline) break;
    }
    const bool complete = p.next >= n;
    if ((p.searching || p.filtering) && (complete || p.hits != p.shown_hits)) {
        const double t0 = platform::NowMs();
        ShowPass(l, p);
        p.show_ms = platform::NowMs() - t0;
    }
    if (complete) {
        p.active = false;
        l.refilter = false;
    }
    CountSecondLines(l);
}

}  // namespace

void AppendFolded(std::string_view in, std::string& out) {
    // Folding never changes a character's encoded length (every folded letter is below
    // U+0800 and stays in its UTF-8 length class), so the output is written in place.
    const size_t start = out.size();
    out.resize(start + in.size());
    auto* dst = reinterpret_cast<unsigned char*>(&out[start]);
    auto p = reinterpret_cast<const unsigned char*>(in.data());
    const auto end = p + in.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            *dst++ = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : c;
            ++p;
        } else if ((c & 0xE0) == 0xC0 && p + 1 < end && (p[1] & 0xC0) == 0x80) {
            const uint32_t cp = Fold(((c & 0x1Fu) << 6) | (p[1] & 0x3Fu));
            *dst++ = static_cast<unsigned char>(0xC0 | (cp >> 6));
            *dst++ = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            p += 2;
        } else {
            *dst++ = c;  // longer sequences have no case here; invalid bytes are kept
            ++p;
        }
    }
}

int CompareFolded(std::string_view a, std::string_view b) {
    auto pa = reinterpret_cast<const unsigned char*>(a.data());
    auto pb = reinterpret_cast<const unsigned char*>(b.data());
    const auto ea = pa + a.size(), eb = pb + b.size();
    while (pa < ea && pb < eb) {
        const uint32_t ca = Fold(Decode(pa, ea)), cb = Fold(Decode(pb, eb));
        if (ca != cb) return ca < cb ? -1 : 1;
    }
    if (pa < ea) return 1;
    if (pb < eb) return -1;
    return 0;
}

void AppendPhoneSearchDigits(std::string_view phone, std::string& out) {
    const NormalizedPhone n = NormalizePhone(phone);
    if (n.ok()) {
        std::string_view d = std::string_view(n.e164).substr(1);  // without '+'
        if (d.size() == 11 && d[0] == '7') d.remove_prefix(1);    // Russian: the ten national digits
        out.append(d.data(), d.size());
        return;
    }
    for (char c : phone)
        if (IsDigit(c)) out.push_back(c);
}

namespace {
// The folded keys and the name order, rebuilt when the clients were replaced; an edit the
// interface did not report (the selected client's card) refreshes that client's keys.
void UpdateKeys(const Store& store, UiState& ui) {
    ClientListCache& l = ui.list;
    const auto& all = store.clients.All();
    const void* data = all.data();
    if (l.built_revision != ui.store_revision || l.built_count != all.size() || l.built_data != data) {
        l.text.clear();
        l.keys.resize(all.size());
        for (size_t i = 0; i < all.size(); ++i) l.keys[i] = AppendKey(all[i], l.text);
        l.sorted.resize(all.size());
        for (uint32_t i = 0; i < all.size(); ++i) l.sorted[i] = i;
        std::sort(l.sorted.begin(), l.sorted.end(), ByName{&l});
        l.built_revision = ui.store_revision;
        l.built_count = all.size();
        l.built_data = data;
        l.built_clients_version = store.clients.Version();
        l.generation = NewGeneration();
        l.refilter = true;
    } else if (l.built_clients_version != store.clients.Version()) {
        // An edit the interface did not report: the card on screen is the one edited.
        if (!ui.selected_id.empty()) NoteClientEdited(store, ui, ui.selected_id);
        l.built_clients_version = store.clients.Version();
    }
}
}  // namespace

void UpdateClientList(const Store& store, UiState& ui) { UpdateClientList(store, ui, platform::Now()); }

void UpdateClientList(const Store& store, UiState& ui, const Moment& now) {
    UpdateClientList(store, ui, now, kClientListComplete);
}

void UpdateClientListForFrame(const Store& store, UiState& ui) {
    UpdateClientList(store, ui, platform::Now(), kClientListFrameBudgetMs);
}

bool ClientListPending(const UiState& ui) {
    const ClientListCache& l = ui.list;
    return l.refilter || l.built_search != ui.search || l.built_filter != l.filter;
}

void PrepareClientSearch(const Store& store, UiState& ui) {
    if (ui.search.find_first_not_of(" \t") != std::string::npos) return;  // UpdateClientList's part then
    UpdateKeys(store, ui);
    ClientListCache& l = ui.list;
    if (l.contacts_version != store.contacts.Version() || l.contacts_generation != l.generation)
        BuildContactIndex(store, l);
}

void UpdateClientList(const Store& store, UiState& ui, const Moment& now, double budget_ms) {
    const double deadline = budget_ms >= kClientListComplete ? budget_ms : platform::NowMs() + budget_ms;
    UpdateKeys(store, ui);
    ClientListCache& l = ui.list;
    bool data_changed = false;
    const bool searching = ui.search.find_first_not_of(" \t") != std::string::npos;
    if (searching && (l.contacts_version != store.contacts.Version() || l.contacts_generation != l.generation)) {
        const bool had = l.contacts_generation == l.generation;
        BuildContactIndex(store, l);
        data_changed = had;  // the same clients, other contacts: filter again
    }
    if (UpdateFlags(store, l, now)) data_changed = true;
    // l.refilter: the list is not complete (a pass is under way, or the clients were
    // rebuilt or inserted, or the cache's pass was lost to another cache).
    const bool own_pass = OwnsActivePass(l);
    const bool same_query = l.built_search == ui.search && l.built_filter == l.filter;
    const bool fresh = l.refilter && !own_pass;  // nothing to narrow from, nothing to keep
    if (data_changed || !same_query || fresh) {
        const uint32_t keep =
            !same_query || fresh || ui.selected_id.empty() ? UINT32_MAX : PositionOf(store, ui.selected_id);
        StartPass(store, ui, keep, !fresh && !data_changed);
    }
    if (OwnsActivePass(l)) ContinuePass(store, ui, deadline);
}

void NoteClientAdded(const Store& store, UiState& ui, uint32_t pos) {
    ClientListCache& l = ui.list;
    const auto& all = store.clients.All();
    const bool was_current = l.built_revision == ui.store_revision && l.built_count + 1 == all.size() &&
                             l.keys.size() + 1 == all.size() && pos + 1 == all.size();
    if (!was_current) return;  // UpdateClientList will rebuild from scratch
    l.keys.push_back(AppendKey(all[pos], l.text));
    l.sorted.insert(std::upper_bound(l.sorted.begin(), l.sorted.end(), pos, ByName{&l}), pos);
    l.built_count = all.size();
    l.built_data = all.data();
    l.built_clients_version = store.clients.Version();
    l.generation = NewGeneration();
    l.refilter = true;
}

void NoteClientEdited(const Store& store, UiState& ui, const std::string& client_id) {
    ClientListCache& l = ui.list;
    const auto& all = store.clients.All();
    const Client* c = store.clients.Find(client_id);
    if (!c || l.keys.size() != all.size()) return;
    const auto pos = static_cast<size_t>(c - all.data());
    l.keys[pos] = AppendKey(*c, l.text);
    l.keys_edited_since_filter = true;
    // A pass under way that looks only at the last matches looks at this client too.
    FilterPass& p = Pass();
    if (OwnsActivePass(l) && !p.all && pos >= p.next && pos < p.candidate.size()) p.candidate[pos] = 1;
}

size_t FindClientsByText(const Store& store, UiState& ui, std::string_view query, size_t max,
                         std::vector<std::string>& out) {
    out.clear();
    const std::string_view q = text::TrimSpaces(query);
    if (q.empty()) return 0;
    UpdateKeys(store, ui);
    std::string needle;
    AppendFolded(q, needle);
    const ClientListCache& l = ui.list;
    const auto& all = store.clients.All();
    const std::string_view text(l.text);
    size_t matches = 0;
    for (uint32_t pos : l.sorted) {
        if (pos >= all.size() || pos >= l.keys.size()) continue;
        const ClientKey& k = l.keys[pos];
        if (text.substr(k.offset, k.length).find(needle) == std::string_view::npos) continue;
        ++matches;
        if (out.size() < max) out.push_back(all[pos].id);
    }
    return matches;
}

void UpdateQuickFilterChoices(const Store& store, UiState& ui) {
    ClientListCache& l = ui.list;
    if (l.choices_version == store.clients.Version() && l.choices_version != ~uint64_t{0}) return;
    l.choices_version = store.clients.Version();
    l.segments.clear();
    l.responsible_ids.clear();
    for (const Client& c : store.clients.All()) {
        if (!c.segment.empty()) l.segments.push_back(c.segment);
        for (const Responsible& r : c.responsibles)
            if (!r.employee_id.empty()) l.responsible_ids.push_back(r.employee_id);
    }
    auto unique = [](std::vector<std::string>& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    unique(l.segments);
    std::sort(l.segments.begin(), l.segments.end(),
              [](const std::string& a, const std::string& b) { return CompareFolded(a, b) < 0; });
    unique(l.responsible_ids);
    auto name_of = [&](const std::string& id) -> std::string_view {
        const Employee* e = store.employees.Find(id);
        return e ? std::string_view(e->name) : std::string_view(id);
    };
    std::sort(l.responsible_ids.begin(), l.responsible_ids.end(),
              [&](const std::string& a, const std::string& b) { return CompareFolded(name_of(a), name_of(b)) < 0; });
}

bool FindMatchInShown(UiState& ui, const ClientMatch& m, std::string_view shown, size_t& from, size_t& len) {
    ClientListCache& l = ui.list;
    if (m.term >= l.terms.size()) return false;
    const ClientSearchTerm& t = l.terms[m.term];
    if (m.field == ClientMatchField::Phone) {
        if (t.digits.empty()) return false;
        // The digits of the text as written, where each one is, and where the searched
        // (national) digits begin among them.
        std::string& raw = l.scratch;
        std::string& national = l.scratch2;
        raw.clear();
        national.clear();
        for (char c : shown)
            if (IsDigit(c)) raw.push_back(c);
        AppendPhoneSearchDigits(shown, national);
        const size_t skip = raw.find(national);
        if (skip == std::string::npos || national.empty()) return false;
        size_t a, n;
        if (!t.anchored.empty() && national.compare(0, t.anchored.size(), t.anchored) == 0 &&
            national.compare(0, t.digits.size(), t.digits) != 0) {
            a = 0, n = t.anchored.size();
        } else {
            a = national.find(t.digits);
            if (a == std::string::npos) return false;
            n = t.digits.size();
        }
        a += skip;
        size_t k = 0;
        from = len = 0;
        bool started = false;
        for (size_t i = 0; i < shown.size(); ++i) {
            if (!IsDigit(shown[i])) continue;
            if (k == a) {
                from = i;
                started = true;
            }
            if (k == a + n - 1 && started) {
                len = i + 1 - from;
                return true;
            }
            ++k;
        }
        return false;
    }
    const std::string& needle = m.field == ClientMatchField::Inn && !t.digits.empty() ? t.digits : t.folded;
    if (needle.empty()) return false;
    l.scratch.clear();
    AppendFolded(shown, l.scratch);  // same byte lengths as `shown`
    const size_t f = l.scratch.find(needle);
    if (f == std::string::npos) return false;
    from = f;
    len = needle.size();
    return true;
}

}  // namespace card
