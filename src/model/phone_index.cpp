#include "model/phone_index.h"

#include <algorithm>
#include <cstring>
#include <numeric>

#include "model/phone.h"
#include "model/text_scan.h"

namespace card {
namespace {

constexpr size_t kMaxDigits = 32;
constexpr char kSeparator = '|';  // between numbers in the digit buffers: never matches a digit

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The part of the text that can still become a number: digits, '+', spaces (NBSP too),
// brackets, '-', '.', and the dashes, up to the first other character ("доб", "ext", a
// letter, '#', ','): what the user has typed of the number itself.
std::string_view NumberPart(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (IsDigit(static_cast<char>(c)) || c == '+' || c == ' ' || c == '\t' || c == '(' || c == ')' || c == '-' ||
            c == '.') {
            ++i;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            i += 2;  // NBSP
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x95) {
            i += 3;  // U+2010..U+2015 dashes
        } else {
            break;
        }
    }
    return text.substr(0, i);
}

void AppendDigits(std::string_view text, std::string& out) {
    for (const char c : text)
        if (IsDigit(c) && out.size() < kMaxDigits) out.push_back(c);
}

// NormalizePhone's digit rules (model/phone.h) for the common plain text: digits, ASCII
// spaces, brackets, '-', '.' and one leading '+'. Appends the E.164 digits (without '+')
// to `out` and returns 1 when recognised, appends the digits and returns 0 when not, and
// returns -1 (nothing appended) for any other text (an extension, NBSP, letters), which
// goes through NormalizePhone itself. Indexing 400k numbers this way is several times
// faster than allocating a NormalizedPhone for each.
int PlainPhone(std::string_view text, std::string& out) {
    char digits[kMaxDigits];
    size_t n = 0;
    bool plus = false;
    for (const char c : text) {
        if (IsDigit(c)) {
            if (n == kMaxDigits) return -1;
            digits[n++] = c;
        } else if (c == '+' && !plus && n == 0) {
            plus = true;
        } else if (c != ' ' && c != '\t' && c != '(' && c != ')' && c != '-' && c != '.') {
            return -1;
        }
    }
    const std::string_view d(digits, n);
    auto international = [&](std::string_view x) {
        if (x.empty() || x[0] == '0') return false;
        if (x[0] == '7' ? x.size() != 11 : (x.size() < 7 || x.size() > 15)) return false;
        out.append(x.data(), x.size());
        return true;
    };
    bool ok = false;
    if (plus) {
        ok = international(d);
    } else if (n == 11 && (d[0] == '8' || d[0] == '7')) {
        out += '7';
        out.append(d.data() + 1, 10);
        ok = true;
    } else if (n == 10 && d[0] != '0') {
        out += '7';
        out.append(d.data(), 10);
        ok = true;
    } else if (n > 2 && d.substr(0, 2) == "00") {
        ok = international(d.substr(2));
    } else if (n > 3 && d.substr(0, 3) == "810") {
        ok = international(d.substr(3));
    }
    if (ok) return 1;
    out.append(d.data(), d.size());
    return 0;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// The phones of the owner at `pos` of a collection (an employee has one).
void PhonesOf(const Store& store, int kind, size_t pos, const std::string*& phones, size_t& n) {
    switch (kind) {
        case 0: {
            const auto& v = store.clients[pos].phones;
            phones = v.data();
            n = v.size();
            return;
        }
        case 1: {
            const auto& v = store.contacts[pos].phones;
            phones = v.data();
            n = v.size();
            return;
        }
        default:
            phones = &store.employees[pos].phone;
            n = 1;
    }
}

void AppendOwnerText(const std::string* phones, size_t n, std::string& out) {
    for (size_t i = 0; i < n; ++i) {
        const auto len = static_cast<uint32_t>(phones[i].size());
        out.append(reinterpret_cast<const char*>(&len), sizeof len);
        out += phones[i];
    }
}

bool SameOwnerText(std::string_view held, const std::string* phones, size_t n) {
    size_t at = 0;
    for (size_t i = 0; i < n; ++i) {
        uint32_t len = 0;
        if (held.size() - at < sizeof len) return false;
        std::memcpy(&len, held.data() + at, sizeof len);
        at += sizeof len;
        if (len != phones[i].size() || held.size() - at < len ||
            std::memcmp(held.data() + at, phones[i].data(), len) != 0)
            return false;
        at += len;
    }
    return at == held.size();
}

}  // namespace

bool PhoneIndex::Less(uint32_t a, uint32_t b) const {
    const Entry& x = pool_[a];
    const Entry& y = pool_[b];
    const int c = Digits(x).compare(Digits(y));
    if (c != 0) return c < 0;
    if (x.recognized != y.recognized) return x.recognized;
    if (x.kind != y.kind) return x.kind < y.kind;
    if (x.owner != y.owner) return x.owner < y.owner;
    return x.phone < y.phone;
}

bool PhoneIndex::LessReversed(uint32_t a, uint32_t b) const {
    const int c = Reversed(pool_[a]).compare(Reversed(pool_[b]));
    return c != 0 ? c < 0 : Less(a, b);
}

void PhoneIndex::Clear() {
    pool_.clear();
    free_.clear();
    by_digits_.clear();
    by_suffix_.clear();
    by_offset_.clear();
    digits_.clear();
    reversed_.clear();
    exts_.clear();
    dead_bytes_ = 0;
    for (Owners& o : owners_) o = Owners{};
}

uint32_t PhoneIndex::AddEntry(PhoneOwnerKind kind, size_t owner, size_t phone, const std::string& text) {
    if (phone > 0xFFFF) return kNone;
    Entry e;
    e.kind = kind;
    e.owner = static_cast<uint32_t>(owner);
    e.phone = static_cast<uint16_t>(phone);
    e.live = true;
    e.offset = static_cast<uint32_t>(digits_.size());
    e.ext_offset = static_cast<uint32_t>(exts_.size());
    const std::string_view trimmed = text::TrimSpaces(text);
    const int plain = PlainPhone(trimmed, digits_);
    if (plain >= 0) {
        e.recognized = plain == 1;
        if (!e.recognized && digits_.size() - e.offset < kMinPartialDigits) {
            digits_.resize(e.offset);
            return kNone;
        }
    } else {
        const NormalizedPhone n = NormalizePhone(trimmed);
        if (n.ok()) {
            digits_.append(n.e164, 1, std::string::npos);
            e.recognized = true;
            e.ext_length = static_cast<uint8_t>(std::min<size_t>(n.extension.size(), 255));
            exts_.append(n.extension, 0, e.ext_length);
        } else {
            AppendDigits(NumberPart(trimmed), digits_);
            if (digits_.size() - e.offset < kMinPartialDigits) {
                digits_.resize(e.offset);
                return kNone;
            }
        }
    }
    e.length = static_cast<uint8_t>(digits_.size() - e.offset);
    digits_.push_back(kSeparator);
    reversed_.append(digits_.rbegin() + 1, digits_.rbegin() + 1 + e.length);
    reversed_.push_back(kSeparator);
    uint32_t slot;
    if (!free_.empty()) {
        slot = free_.back();
        free_.pop_back();
        pool_[slot] = e;
    } else {
        slot = static_cast<uint32_t>(pool_.size());
        pool_.push_back(e);
    }
    by_offset_.emplace_back(e.offset, slot);
    return slot;
}

void PhoneIndex::RemoveOwner(PhoneOwnerKind kind, uint32_t pos) {
    Owners& o = owners_[static_cast<int>(kind)];
    if (pos >= o.head.size()) return;
    for (uint32_t s = o.head[pos]; s != kNone;) {
        auto it = std::lower_bound(by_digits_.begin(), by_digits_.end(), s, [&](uint32_t a, uint32_t b) { return Less(a, b); });
        if (it != by_digits_.end() && *it == s) by_digits_.erase(it);
        it = std::lower_bound(by_suffix_.begin(), by_suffix_.end(), s,
                              [&](uint32_t a, uint32_t b) { return LessReversed(a, b); });
        if (it != by_suffix_.end() && *it == s) by_suffix_.erase(it);
        Entry& e = pool_[s];
        e.live = false;
        dead_bytes_ += e.length + 1u;
        free_.push_back(s);
        s = e.next;
    }
    o.head[pos] = kNone;
    o.garbage += o.len[pos];
    o.len[pos] = 0;
}

void PhoneIndex::AddOwner(PhoneOwnerKind kind, uint32_t pos, const std::string* phones, size_t n) {
    Owners& o = owners_[static_cast<int>(kind)];
    o.at[pos] = static_cast<uint32_t>(o.text.size());
    AppendOwnerText(phones, n, o.text);
    o.len[pos] = static_cast<uint32_t>(o.text.size() - o.at[pos]);
    o.head[pos] = kNone;
    uint32_t last = kNone;  // (an index, not a pointer: AddEntry may move the pool)
    for (size_t j = 0; j < n; ++j) {
        const uint32_t s = AddEntry(kind, pos, j, phones[j]);
        if (s == kNone) continue;
        (last == kNone ? o.head[pos] : pool_[last].next) = s;
        last = s;
        by_digits_.insert(std::upper_bound(by_digits_.begin(), by_digits_.end(), s,
                                           [&](uint32_t a, uint32_t b) { return Less(a, b); }),
                          s);
        by_suffix_.insert(std::upper_bound(by_suffix_.begin(), by_suffix_.end(), s,
                                           [&](uint32_t a, uint32_t b) { return LessReversed(a, b); }),
                          s);
    }
}

void PhoneIndex::Rebuild(const Store& store) {
    Clear();
    ++full_builds_;
    const size_t counts[3] = {store.clients.size(), store.contacts.size(), store.employees.size()};
    pool_.reserve(counts[0] + counts[1] * 2 + counts[2]);
    for (int k = 0; k < 3; ++k) {
        Owners& o = owners_[k];
        o.at.resize(counts[k]);
        o.len.resize(counts[k]);
        o.head.assign(counts[k], kNone);
        for (size_t pos = 0; pos < counts[k]; ++pos) {
            const std::string* phones;
            size_t n;
            PhonesOf(store, k, pos, phones, n);
            o.at[pos] = static_cast<uint32_t>(o.text.size());
            AppendOwnerText(phones, n, o.text);
            o.len[pos] = static_cast<uint32_t>(o.text.size() - o.at[pos]);
            uint32_t last = kNone;  // (an index, not a pointer: AddEntry may move the pool)
            for (size_t j = 0; j < n; ++j) {
                const uint32_t s = AddEntry(static_cast<PhoneOwnerKind>(k), pos, j, phones[j]);
                if (s == kNone) continue;
                (last == kNone ? o.head[pos] : pool_[last].next) = s;
                last = s;
            }
        }
    }
    by_digits_.resize(pool_.size());
    std::iota(by_digits_.begin(), by_digits_.end(), 0u);
    std::sort(by_digits_.begin(), by_digits_.end(), [&](uint32_t a, uint32_t b) { return Less(a, b); });
    by_suffix_ = by_digits_;  // nearly any order; equal digits stay in Less order
    std::sort(by_suffix_.begin(), by_suffix_.end(), [&](uint32_t a, uint32_t b) { return LessReversed(a, b); });
}

bool PhoneIndex::Update(const Store& store) {
    const uint64_t versions[3] = {store.clients.Version(), store.contacts.Version(), store.employees.Version()};
    const void* data[3] = {store.clients.All().data(), store.contacts.All().data(), store.employees.All().data()};
    const size_t counts[3] = {store.clients.size(), store.contacts.size(), store.employees.size()};
    bool stale[3];
    bool any = false;
    for (int k = 0; k < 3; ++k) {
        const Owners& o = owners_[k];
        stale[k] = o.version != versions[k] || o.data != data[k] || o.count != counts[k];
        any = any || stale[k];
    }
    if (!any) return false;
    ++changes_;

    bool rebuild = full_builds_ == 0;
    // The owners whose phones differ from what the index holds (or that appeared or went).
    std::vector<uint32_t> changed[3];
    if (!rebuild) {
        size_t total = 0;
        for (int k = 0; k < 3 && !rebuild; ++k) {
            if (!stale[k]) continue;
            const Owners& o = owners_[k];
            const size_t held = o.at.size(), n = counts[k];
            const std::string_view text(o.text);
            for (size_t pos = 0; pos < std::min(held, n); ++pos) {
                const std::string* phones;
                size_t count;
                PhonesOf(store, k, pos, phones, count);
                if (!SameOwnerText(text.substr(o.at[pos], o.len[pos]), phones, count))
                    changed[k].push_back(static_cast<uint32_t>(pos));
            }
            for (size_t pos = std::min(held, n); pos < std::max(held, n); ++pos)
                changed[k].push_back(static_cast<uint32_t>(pos));
            total += changed[k].size();
            // Each change moves the sorted orders once: past a few hundred owners (an
            // import, a merge of many) one pass over everything is cheaper.
            rebuild = total > 256 + by_digits_.size() / 512;
        }
    }
    if (!rebuild) {
        for (int k = 0; k < 3; ++k) {
            if (!stale[k]) continue;
            const auto kind = static_cast<PhoneOwnerKind>(k);
            Owners& o = owners_[k];
            for (const uint32_t pos : changed[k]) RemoveOwner(kind, pos);
            o.at.resize(counts[k], 0);
            o.len.resize(counts[k], 0);
            o.head.resize(counts[k], kNone);
            for (const uint32_t pos : changed[k]) {
                if (pos >= counts[k]) continue;
                const std::string* phones;
                size_t n;
                PhonesOf(store, k, pos, phones, n);
                AddOwner(kind, pos, phones, n);
            }
        }
        // The buffers only grow; once half of them is dead text, start afresh.
        size_t garbage = 0, held = 0;
        for (const Owners& o : owners_) {
            garbage += o.garbage;
            held += o.text.size();
        }
        rebuild = dead_bytes_ > digits_.size() / 2 + 4096 || garbage > held / 2 + 4096;
    }
    if (rebuild) Rebuild(store);
    for (int k = 0; k < 3; ++k) {
        owners_[k].version = versions[k];
        owners_[k].data = data[k];
        owners_[k].count = counts[k];
    }
    return true;
}

std::string PhoneIndex::Dump() const {
    std::string out;
    auto line = [&](uint32_t s) {
        const Entry& e = pool_[s];
        out += std::to_string(static_cast<int>(e.kind)) + ' ' + std::to_string(e.owner) + ' ' +
               std::to_string(e.phone) + ' ' + std::string(Digits(e)) + ' ' + std::string(Extension(e)) + ' ' +
               (e.recognized ? "r" : "-") + '\n';
    };
    for (const uint32_t s : by_digits_) line(s);
    out += "--\n";
    for (const uint32_t s : by_suffix_) line(s);
    return out;
}

size_t PhoneIndex::FindExact(std::string_view digits) const {
    auto it = std::lower_bound(by_digits_.begin(), by_digits_.end(), digits,
                               [&](uint32_t s, std::string_view key) { return Digits(pool_[s]) < key; });
    if (it == by_digits_.end() || !pool_[*it].recognized || Digits(pool_[*it]) != digits) return std::string::npos;
    return static_cast<size_t>(it - by_digits_.begin());
}

PhoneLookup PhoneIndex::Lookup(const Store& store, std::string_view text, size_t limit) const {
    PhoneLookup out;
    const std::string_view trimmed = text::TrimSpaces(text);
    NormalizedPhone n = NormalizePhone(trimmed);
    const std::string_view number = NumberPart(trimmed);
    if (!n.ok() && number.size() < trimmed.size()) {
        // "8 (495) 640-12-00 доб" while the extension is being typed: the number is whole.
        NormalizedPhone head = NormalizePhone(number);
        if (head.ok()) n = std::move(head);
    }

    struct Found {
        uint32_t entry;
        PhoneMatchRank rank;
    };
    std::vector<Found> found;
    found.reserve(std::min<size_t>(limit, 64));
    const auto& clients = store.clients.All();
    const auto& contacts = store.contacts.All();
    const auto& employees = store.employees.All();
    // The owner still exists where the index saw it (and a contact's client exists).
    auto valid = [&](const Entry& e) {
        switch (e.kind) {
            case PhoneOwnerKind::Client: return e.owner < clients.size() && e.phone < clients[e.owner].phones.size();
            case PhoneOwnerKind::Contact:
                return e.owner < contacts.size() && e.phone < contacts[e.owner].phones.size() &&
                       store.clients.Contains(contacts[e.owner].client_id);
            case PhoneOwnerKind::Employee: return e.owner < employees.size();
        }
        return false;
    };
    // Adds the entry's owner (once, with its best rank); false once the limit is reached.
    auto add = [&](uint32_t i, PhoneMatchRank rank) {
        const Entry& e = pool_[i];
        if (!valid(e)) return true;
        for (Found& f : found) {
            const Entry& g = pool_[f.entry];
            if (g.kind == e.kind && g.owner == e.owner) {
                if (rank < f.rank) f = {i, rank};
                return true;
            }
        }
        if (found.size() >= limit) {
            out.more = true;
            return false;
        }
        found.push_back({i, rank});
        return true;
    };
    auto suffix_range = [&](std::string_view reversed_prefix) {
        return std::lower_bound(by_suffix_.begin(), by_suffix_.end(), reversed_prefix,
                                [&](uint32_t i, std::string_view key) { return Reversed(pool_[i]) < key; });
    };

    std::string typed;  // the digits of the number part as typed
    AppendDigits(number, typed);
    const size_t first_digit = number.find_first_of("0123456789");
    const bool plus = number.find('+') < first_digit;

    // While typing: the stored numbers that begin with, end with, or contain the digits.
    auto partial = [&](const std::string& digits) {
        if (digits.size() >= kMinPrefixDigits) {
            // How the start of a number may be meant: "+44 20..." as it is; "8 (495) 64"
            // and "7 495 64" with the country code 7 (or a number that begins with 8 or
            // 7 itself, like 800 and Kazakhstan's 7xx, without it); "495 64" without it.
            std::string candidates[2];
            size_t count = 0;
            if (plus) {
                candidates[count++] = digits;
            } else {
                if (digits[0] == '8' || digits[0] == '7') candidates[count++] = "7" + digits.substr(1);
                candidates[count++] = "7" + digits;
            }
            for (size_t c = 0; c < count && !out.more; ++c) {
                const std::string& p = candidates[c];
                auto it = std::lower_bound(by_digits_.begin(), by_digits_.end(), std::string_view(p),
                                           [&](uint32_t e, std::string_view key) { return Digits(pool_[e]) < key; });
                for (; it != by_digits_.end() && StartsWith(Digits(pool_[*it]), p); ++it)
                    if (!add(*it, PhoneMatchRank::Prefix)) break;
            }
        }
        if (!out.more) {
            const std::string rev(digits.rbegin(), digits.rend());
            for (auto it = suffix_range(rev); it != by_suffix_.end() && StartsWith(Reversed(pool_[*it]), rev); ++it)
                if (!add(*it, PhoneMatchRank::Suffix)) break;
        }
        if (!out.more && digits.size() >= kMinPrefixDigits) {
            // Anywhere inside: one scan of the digit buffer (callers cache the result and
            // look up again only when the text changes).
            const std::string_view all(digits_);
            for (size_t pos = all.find(digits); pos != std::string_view::npos;) {
                // The entry holding `pos` (the buffer holds them in the order they were
                // added; the text of a replaced entry stays until the next full build).
                auto it = std::upper_bound(by_offset_.begin(), by_offset_.end(), pos,
                                           [](size_t p, const std::pair<uint32_t, uint32_t>& e) { return p < e.first; });
                const auto& [offset, slot] = *(it - 1);
                if (pool_[slot].live && pool_[slot].offset == offset && !add(slot, PhoneMatchRank::Contained)) break;
                const size_t end = all.find(kSeparator, pos);
                if (end == std::string_view::npos) break;
                pos = all.find(digits, end + 1);
            }
        }
    };

    if (n.ok()) {
        out.complete = true;
        out.e164 = n.e164;
        out.extension = n.extension;
        const std::string_view digits = std::string_view(out.e164).substr(1);
        out.digits = typed.size();
        const size_t first = FindExact(digits);
        if (first != std::string::npos) {
            for (size_t i = first; i < by_digits_.size() && pool_[by_digits_[i]].recognized &&
                                   Digits(pool_[by_digits_[i]]) == digits;
                 ++i) {
                const std::string_view ext = Extension(pool_[by_digits_[i]]);
                const PhoneMatchRank rank = out.extension.empty() || ext.empty() ? PhoneMatchRank::Exact
                                            : ext == out.extension              ? PhoneMatchRank::ExactExtension
                                                                                : PhoneMatchRank::OtherExtension;
                if (!add(by_digits_[i], rank)) break;
            }
        }
        if (found.empty() && !plus && typed.size() == 10 && (typed[0] == '8' || typed[0] == '7')) {
            // "8 (495) 640-12-0": ten digits read as a number of area code 849..., but more
            // likely one digit short of 8 (495) 640-12-00. When numbers begin like that,
            // it is a number still being typed.
            partial(typed);
            if (!found.empty()) {
                out.complete = false;
                out.e164.clear();
                out.extension.clear();
            }
        }
        if (found.empty()) {
            // A number stored without its area code ("640-12-00"): the last 7..10 digits.
            const std::string rev(digits.rbegin(), digits.rend());
            for (size_t k = std::min<size_t>(10, rev.size()); k >= 7 && !out.more; --k) {
                const std::string_view key = std::string_view(rev).substr(0, k);
                for (auto it = suffix_range(key); it != by_suffix_.end() && Reversed(pool_[*it]) == key; ++it)
                    if (!add(*it, PhoneMatchRank::Suffix)) break;
            }
        }
    } else {
        out.digits = typed.size();
        if (typed.size() < kMinPartialDigits)
            out.too_short = true;
        else
            partial(typed);
    }

    auto name_of = [&](const Entry& e) -> const std::string& {
        switch (e.kind) {
            case PhoneOwnerKind::Client: return clients[e.owner].name;
            case PhoneOwnerKind::Contact: return contacts[e.owner].name;
            case PhoneOwnerKind::Employee: break;
        }
        return employees[e.owner].name;
    };
    std::sort(found.begin(), found.end(), [&](const Found& a, const Found& b) {
        if (a.rank != b.rank) return a.rank < b.rank;
        const Entry& x = pool_[a.entry];
        const Entry& y = pool_[b.entry];
        if (x.kind != y.kind) return x.kind < y.kind;
        const int c = name_of(x).compare(name_of(y));
        if (c != 0) return c < 0;
        return Less(a.entry, b.entry);  // in digit order
    });
    out.matches.reserve(found.size());
    for (const Found& f : found) {
        const Entry& e = pool_[f.entry];
        PhoneMatch m;
        m.kind = e.kind;
        m.rank = f.rank;
        switch (e.kind) {
            case PhoneOwnerKind::Client:
                m.client_id = clients[e.owner].id;
                m.phone = clients[e.owner].phones[e.phone];
                break;
            case PhoneOwnerKind::Contact:
                m.client_id = contacts[e.owner].client_id;
                m.contact_id = contacts[e.owner].id;
                m.phone = contacts[e.owner].phones[e.phone];
                break;
            case PhoneOwnerKind::Employee:
                m.employee_id = employees[e.owner].id;
                m.phone = employees[e.owner].phone;
                break;
        }
        out.matches.push_back(std::move(m));
    }
    return out;
}

}  // namespace card
