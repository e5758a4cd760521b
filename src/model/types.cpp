#include "model/types.h"

#include <cmath>
#include <cstdio>

namespace card {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void CivilFromDays(int64_t z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t yy = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yy + (m <= 2));
}

bool Digits(std::string_view s, size_t pos, size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

}  // namespace

bool IsRealDay(int y, unsigned m, unsigned d) {
    static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const unsigned max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
    return d <= max;
}

Date Date::FromYmd(int y, unsigned m, unsigned d) {
    return Date{static_cast<int32_t>(DaysFromCivil(y, m, d))};
}

void Date::ToYmd(int& y, unsigned& m, unsigned& d) const { CivilFromDays(days, y, m, d); }

std::optional<Date> Date::Parse(std::string_view s) {
    int y, m, d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (!Digits(s, 0, 4, y) || !Digits(s, 5, 2, m) || !Digits(s, 8, 2, d)) return std::nullopt;
    if (!IsRealDay(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return std::nullopt;
    return FromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string Date::Format() const {
    if (empty()) return {};
    int y;
    unsigned m, d;
    ToYmd(y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
}

std::optional<Moment> Moment::Parse(std::string_view s) {
    // YYYY-MM-DDTHH:MM[:SS[.f+]](Z|+HH:MM|-HH:MM)
    if (s.size() < 17) return std::nullopt;
    auto date = Date::Parse(s.substr(0, 10));
    if (!date || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')) return std::nullopt;
    int hh, mm, ss = 0, ms = 0;
    if (!Digits(s, 11, 2, hh) || s[13] != ':' || !Digits(s, 14, 2, mm)) return std::nullopt;
    size_t p = 16;
    if (p < s.size() && s[p] == ':') {
        if (!Digits(s, p + 1, 2, ss)) return std::nullopt;
        p += 3;
        if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            ++p;
            size_t n = 0;
            int scale = 100;
            while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
                if (n < 3) ms += (s[p] - '0') * scale, scale /= 10;
                ++p, ++n;
            }
            if (n == 0) return std::nullopt;
        }
    }
    if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;
    int offset = 0;
    if (p >= s.size()) return std::nullopt;  // an offset is required
    if (s[p] == 'Z' || s[p] == 'z') {
        ++p;
    } else if (s[p] == '+' || s[p] == '-') {
        int oh, om;
        if (!Digits(s, p + 1, 2, oh) || p + 3 >= s.size() || s[p + 3] != ':' ||
            !Digits(s, p + 4, 2, om) || oh > 18 || om > 59)
            return std::nullopt;
        offset = (oh * 60 + om) * (s[p] == '-' ? -1 : 1);
        p += 6;
    } else {
        return std::nullopt;
    }
    if (p != s.size()) return std::nullopt;
    Moment out;
    const int64_t local_s = static_cast<int64_t>(date->days) * 86400 + hh * 3600 + mm * 60 + ss;
    out.utc_ms = (local_s - static_cast<int64_t>(offset) * 60) * 1000 + ms;
    out.offset_min = static_cast<int16_t>(offset);
    return out;
}

static int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

Date Moment::LocalDate() const {
    if (empty()) return Date{};
    const int64_t local_ms = utc_ms + static_cast<int64_t>(offset_min) * 60000;
    return Date{static_cast<int32_t>(FloorDiv(local_ms, 86400000))};
}

std::string Moment::Format() const {
    if (empty()) return {};
    const int64_t local_ms = utc_ms + static_cast<int64_t>(offset_min) * 60000;
    const int64_t day = FloorDiv(local_ms, 86400000);
    const int64_t rem = local_ms - day * 86400000;
    int y;
    unsigned m, d;
    CivilFromDays(day, y, m, d);
    const int hh = static_cast<int>(rem / 3600000), mi = static_cast<int>(rem / 60000 % 60),
              ss = static_cast<int>(rem / 1000 % 60), ms = static_cast<int>(rem % 1000);
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", y, m, d, hh, mi, ss);
    if (ms) n += std::snprintf(buf + n, sizeof buf - n, ".%03d", ms);
    if (offset_min == 0) {
        std::snprintf(buf + n, sizeof buf - n, "Z");
    } else {
        const int o = offset_min < 0 ? -offset_min : offset_min;
        std::snprintf(buf + n, sizeof buf - n, "%c%02d:%02d", offset_min < 0 ? '-' : '+', o / 60, o % 60);
    }
    return buf;
}

std::optional<int64_t> Money::MinorFromDouble(double amount) {
    if (!std::isfinite(amount) || std::fabs(amount) > static_cast<double>(kMaxMinor / 100)) return std::nullopt;
    const int64_t minor = std::llround(amount * 100.0);
    // Exact when the nearest double to minor/100 is the parsed value: true for every
    // decimal with at most two places, false for 1.005 or 0.001.
    if (static_cast<double>(minor) / 100.0 != amount) return std::nullopt;
    return minor;
}

std::optional<int64_t> Money::MinorFromText(std::string_view t) {
    size_t p = 0;
    while (p < t.size() && t[p] == ' ') ++p;
    bool neg = false;
    if (p < t.size() && (t[p] == '-' || t[p] == '+')) neg = t[p++] == '-';
    int64_t units = 0;
    size_t int_digits = 0;
    for (; p < t.size(); ++p) {
        const char c = t[p];
        if (c >= '0' && c <= '9') {
            if (units > kMaxMinor / 100) return std::nullopt;
            units = units * 10 + (c - '0');
            ++int_digits;
        } else if (c == ' ' || c == '\'') {
            continue;  // group separators
        } else if (static_cast<unsigned char>(c) == 0xC2 && p + 1 < t.size() &&
                   static_cast<unsigned char>(t[p + 1]) == 0xA0) {
            ++p;  // no-break space
        } else {
            break;
        }
    }
    int64_t frac = 0;
    size_t frac_digits = 0;
    if (p < t.size() && (t[p] == '.' || t[p] == ',')) {
        ++p;
        for (; p < t.size() && t[p] >= '0' && t[p] <= '9'; ++p) {
            if (++frac_digits > 2) return std::nullopt;
            frac = frac * 10 + (t[p] - '0');
        }
        if (frac_digits == 1) frac *= 10;
    }
    while (p < t.size() && t[p] == ' ') ++p;
    if (p != t.size() || (int_digits == 0 && frac_digits == 0)) return std::nullopt;
    const int64_t minor = units * 100 + frac;
    if (minor > kMaxMinor) return std::nullopt;
    return neg ? -minor : minor;
}

std::string Money::AmountText() const {
    const uint64_t a = minor < 0 ? 0 - static_cast<uint64_t>(minor) : static_cast<uint64_t>(minor);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s%llu.%02llu", minor < 0 ? "-" : "",
                  static_cast<unsigned long long>(a / 100), static_cast<unsigned long long>(a % 100));
    return buf;
}

bool Money::IsCurrencyCode(std::string_view s) {
    if (s.size() != 3) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

}  // namespace card
