// The translation table (src/ui/i18n_table.h): complete in both languages, the same widget
// ids in both, printf arguments in the same order, and every character covered by the
// glyph ranges the font is built with.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "ui/i18n.h"

using namespace card;

namespace {

std::string IdSuffix(const char* s) {
    const char* p = std::strstr(s, "###");
    return p ? p : "";
}

std::string Conversions(const char* s) {
    std::string out;
    for (const char* p = s; *p; ++p)
        if (*p == '%') {
            ++p;
            while (*p && std::strchr("0123456789.-+ #lzh", *p)) out += *p++;
            if (*p) out += *p;
            out += ';';
            if (!*p) break;
        }
    return out;
}

bool Covered(uint32_t cp, const ImWchar* ranges) {
    for (; ranges[0]; ranges += 2)
        if (cp >= ranges[0] && cp <= ranges[1]) return true;
    return false;
}

}  // namespace

TEST_CASE("every string is translated, with the same id and arguments in both languages") {
    for (int i = 0; i < static_cast<int>(Str::Count); ++i) {
        const auto s = static_cast<Str>(i);
        const char* en = Tr(s, Lang::En);
        const char* ru = Tr(s, Lang::Ru);
        CAPTURE(en);
        CHECK(std::strlen(en) > 0);
        CHECK(std::strlen(ru) > 0);
        CHECK(IdSuffix(en) == IdSuffix(ru));
        CHECK(Conversions(en) == Conversions(ru));
        CHECK(std::strncmp(en, "###", 3) != 0);  // a visible label before the id
    }
}

TEST_CASE("the glyph ranges cover every character of the table") {
    const ImWchar* ranges = UiGlyphRanges();
    for (int i = 0; i < static_cast<int>(Str::Count); ++i)
        for (Lang lang : {Lang::En, Lang::Ru}) {
            const char* p = Tr(static_cast<Str>(i), lang);
            CAPTURE(p);
            while (*p) {
                unsigned int c = 0;
                const int n = ImTextCharFromUtf8(&c, p, nullptr);
                REQUIRE(n > 0);
                CHECK_MESSAGE(Covered(c, ranges), "U+", c);
                p += n;
            }
        }
}

TEST_CASE("language codes") {
    CHECK(ParseLanguage("ru") == Lang::Ru);
    CHECK(ParseLanguage("ru-RU") == Lang::Ru);
    CHECK(ParseLanguage("en") == Lang::En);
    CHECK(ParseLanguage("de") == Lang::En);
    CHECK(ParseLanguage("") == Lang::En);
    CHECK(std::string(LanguageCode(Lang::Ru)) == "ru");
    const Lang before = CurrentLanguage();
    SetCurrentLanguage(Lang::Ru);
    CHECK(std::string(Tr(Str::TabMain)) == "Основное###tab_main");
    SetCurrentLanguage(Lang::En);
    CHECK(std::string(Tr(Str::TabMain)) == "Main###tab_main");
    SetCurrentLanguage(before);
}
