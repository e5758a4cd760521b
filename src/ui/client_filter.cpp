#include "ui/client_filter.h"

#include <algorithm>

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

ClientKey AppendKey(const Client& c, std::string& text) {
    ClientKey k;
    k.offset = static_cast<uint32_t>(text.size());
    AppendFolded(c.name, text);
    k.name_len = static_cast<uint32_t>(text.size() - k.offset);
    text += kFieldSeparator;
    AppendFolded(c.legal_name, text);
    text += kFieldSeparator;
    AppendFolded(c.inn, text);
    k.length = static_cast<uint32_t>(text.size() - k.offset);
    return k;
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

void Refilter(UiState& ui) {
    ClientListCache& l = ui.list;
    l.built_search = ui.search;
    // Trim the search so that a stray space does not hide everything.
    size_t b = 0, e = ui.search.size();
    while (b < e && ui.search[b] == ' ') ++b;
    while (e > b && ui.search[e - 1] == ' ') --e;
    if (b == e) {
        l.visible = l.sorted;  // reuses capacity
        return;
    }
    std::string needle;
    AppendFolded(std::string_view(ui.search).substr(b, e - b), needle);
    l.visible.clear();
    const std::string_view text(l.text);
    for (uint32_t pos : l.sorted) {
        const ClientKey& k = l.keys[pos];
        if (text.substr(k.offset, k.length).find(needle) != std::string_view::npos) l.visible.push_back(pos);
    }
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

void UpdateClientList(const Store& store, UiState& ui) {
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
        l.refilter = true;
    }
    if (l.refilter || l.built_search != ui.search) {
        Refilter(ui);
        l.refilter = false;
    }
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
    l.refilter = true;
}

void NoteClientEdited(const Store& store, UiState& ui, const std::string& client_id) {
    ClientListCache& l = ui.list;
    const auto& all = store.clients.All();
    const Client* c = store.clients.Find(client_id);
    if (!c || l.keys.size() != all.size()) return;
    const auto pos = static_cast<size_t>(c - all.data());
    l.keys[pos] = AppendKey(*c, l.text);
}

}  // namespace card
