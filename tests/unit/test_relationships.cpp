// model/relationships.h: the readings of a link from both cards, the checks of a new link
// (itself, duplicates in either storage direction, parent cycles through any chain), and
// the group of companies as a tree.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "model/relationships.h"
#include "io_samples.h"

namespace {

using namespace card;
using samples::Link;

void AddClient(Store& s, const std::string& id, const std::string& name) {
    Client c;
    c.id = id;
    c.name = name;
    s.clients.Upsert(c);
}

// Clients a..h named "A".."H".
Store Letters() {
    Store s;
    for (char ch = 'a'; ch <= 'h'; ++ch) AddClient(s, std::string(1, ch), std::string(1, static_cast<char>(ch - 32)));
    return s;
}

std::vector<std::string> Ids(const GroupTree& t) {
    std::vector<std::string> out;
    for (const GroupRow& r : t.rows) out.push_back(std::string(static_cast<size_t>(r.depth), ' ') + r.client_id);
    return out;
}

using K = RelationshipKind;
using R = RelationReading;

}  // namespace

TEST_CASE("relationships: every kind reads right from both cards") {
    struct Case {
        K kind;
        R from, to;
    };
    const Case cases[] = {
        {K::ParentOf, R::ParentOf, R::SubsidiaryOf}, {K::SameGroup, R::SameGroup, R::SameGroup},
        {K::Partner, R::Partner, R::Partner},        {K::Supplier, R::SupplierTo, R::CustomerOf},
        {K::Customer, R::CustomerOf, R::SupplierTo}, {K::Competitor, R::Competitor, R::Competitor},
        {K::Affiliated, R::Affiliated, R::Affiliated},
    };
    CHECK(std::size(cases) == EnumCount<RelationshipKind>());
    for (const Case& c : cases) {
        CAPTURE(EnumName(c.kind));
        const Relationship r = Link("r", "a", c.kind, "b");
        CHECK(ReadingOf(c.kind, true) == c.from);
        CHECK(ReadingOf(c.kind, false) == c.to);
        CHECK(ReadingOn(r, "a") == c.from);
        CHECK(ReadingOn(r, "b") == c.to);
        CHECK(InverseReading(c.from) == c.to);
        CHECK(InverseReading(c.to) == c.from);
        CHECK(IsSymmetric(c.kind) == (c.from == c.to));
    }
}

TEST_CASE("relationships: a reading chosen on a card is stored so that it reads back the same") {
    for (int i = 0; i < kRelationReadingCount; ++i) {
        const auto reading = static_cast<RelationReading>(i);
        CAPTURE(i);
        Relationship r;
        StoreReading(reading, "me", "other", r);
        CHECK(ReadingOn(r, "me") == reading);
        CHECK(ReadingOn(r, "other") == InverseReading(reading));
    }
    Relationship sub;
    StoreReading(R::SubsidiaryOf, "me", "holding", sub);
    CHECK(sub.kind == K::ParentOf);
    CHECK(sub.from_client_id == "holding");
    CHECK(sub.to_client_id == "me");
}

TEST_CASE("relationships: a link to itself and to a missing client is refused") {
    Store s = Letters();
    CHECK(CheckLink(s, Link("n", "a", K::Partner, "a")).problem == LinkProblem::Self);
    CHECK(CheckLink(s, Link("n", "a", K::ParentOf, "a")).problem == LinkProblem::Self);
    CHECK(CheckLink(s, Link("n", "a", K::Partner, "zz")).problem == LinkProblem::MissingClient);
    CHECK(CheckLink(s, Link("n", "a", K::Partner, "")).problem == LinkProblem::NoOtherCompany);
    CHECK(CheckLink(s, Link("n", "a", K::Partner, "b")).ok());
}

TEST_CASE("relationships: duplicates are found whichever way they are stored") {
    Store s = Letters();
    s.relationships.Upsert(Link("r1", "a", K::Supplier, "b"));
    s.relationships.Upsert(Link("r2", "c", K::Partner, "d"));
    s.relationships.Upsert(Link("r3", "e", K::ParentOf, "f"));

    auto dup = [&](const Relationship& r) {
        const LinkCheck c = CheckLink(s, r);
        return c.problem == LinkProblem::Duplicate ? c.existing_id : std::string();
    };
    CHECK(dup(Link("n", "a", K::Supplier, "b")) == "r1");  // the same
    CHECK(dup(Link("n", "b", K::Customer, "a")) == "r1");  // B customer of A == A supplier to B
    CHECK(dup(Link("n", "d", K::Partner, "c")) == "r2");   // symmetric, stored the other way
    CHECK(dup(Link("n", "c", K::Partner, "d")) == "r2");
    CHECK(dup(Link("n", "e", K::ParentOf, "f")) == "r3");

    // Another meaning between the same pair is allowed: a supplier can be a partner too,
    // and supplies can go both ways.
    CHECK(CheckLink(s, Link("n", "a", K::Partner, "b")).ok());
    CHECK(CheckLink(s, Link("n", "b", K::Supplier, "a")).ok());
    CHECK(CheckLink(s, Link("n", "a", K::Customer, "b")).ok());
    CHECK(CheckLink(s, Link("n", "d", K::Competitor, "c")).ok());

    // Editing a link is not a duplicate of itself; editing it into another link's meaning is.
    CHECK(CheckLink(s, Link("r1", "b", K::Customer, "a")).ok());
    s.relationships.Upsert(Link("r4", "a", K::Partner, "b"));
    CHECK(dup(Link("r1", "b", K::Partner, "a")) == "r4");
}

TEST_CASE("relationships: parent cycles are refused with the chain, a diamond is allowed") {
    Store s = Letters();
    SUBCASE("two companies") {
        s.relationships.Upsert(Link("r1", "a", K::ParentOf, "b"));
        const LinkCheck c = CheckLink(s, Link("n", "b", K::ParentOf, "a"));
        CHECK(c.problem == LinkProblem::ParentCycle);
        CHECK(c.chain == std::vector<std::string>{"b", "a", "b"});
        // Stored from the other card as "A is a subsidiary of B": the same link.
        Relationship sub;
        StoreReading(R::SubsidiaryOf, "a", "b", sub);
        CHECK(CheckLink(s, sub).problem == LinkProblem::ParentCycle);
    }
    SUBCASE("three companies") {
        s.relationships.Upsert(Link("r1", "a", K::ParentOf, "b"));
        s.relationships.Upsert(Link("r2", "b", K::ParentOf, "c"));
        const LinkCheck c = CheckLink(s, Link("n", "c", K::ParentOf, "a"));
        CHECK(c.problem == LinkProblem::ParentCycle);
        CHECK(c.chain == std::vector<std::string>{"c", "a", "b", "c"});
        // Not a cycle: a second parent from outside, or a grandparent made a direct parent.
        CHECK(CheckLink(s, Link("n", "d", K::ParentOf, "c")).ok());
        CHECK(CheckLink(s, Link("n", "a", K::ParentOf, "c")).ok());
        // Editing the link that would be part of the cycle into something else frees it.
        CHECK(CheckLink(s, Link("r1", "c", K::ParentOf, "a")).ok());
        // Other kinds never make a parent cycle.
        CHECK(CheckLink(s, Link("n", "c", K::SameGroup, "a")).ok());
        CHECK(CheckLink(s, Link("n", "c", K::Supplier, "a")).ok());
    }
    SUBCASE("a long chain") {
        Store big;
        const int n = 2000;
        for (int i = 0; i < n; ++i) AddClient(big, "c" + std::to_string(i), "Company " + std::to_string(i));
        for (int i = 0; i + 1 < n; ++i)
            big.relationships.Upsert(Link("r" + std::to_string(i), "c" + std::to_string(i), K::ParentOf,
                                          "c" + std::to_string(i + 1)));
        const LinkCheck c = CheckLink(big, Link("n", "c" + std::to_string(n - 1), K::ParentOf, "c0"));
        CHECK(c.problem == LinkProblem::ParentCycle);
        REQUIRE(c.chain.size() == static_cast<size_t>(n + 1));
        CHECK(c.chain.front() == "c" + std::to_string(n - 1));
        CHECK(c.chain[1] == "c0");
        CHECK(c.chain[2] == "c1");
        CHECK(c.chain.back() == c.chain.front());
        CHECK(CheckLink(big, Link("n", "c0", K::ParentOf, "c" + std::to_string(n - 1))).ok());
    }
    SUBCASE("a diamond") {
        // A parent of B and C, both parents of D: D has two parents, no cycle.
        s.relationships.Upsert(Link("r1", "a", K::ParentOf, "b"));
        s.relationships.Upsert(Link("r2", "a", K::ParentOf, "c"));
        s.relationships.Upsert(Link("r3", "b", K::ParentOf, "d"));
        CHECK(CheckLink(s, Link("n", "c", K::ParentOf, "d")).ok());
        s.relationships.Upsert(Link("r4", "c", K::ParentOf, "d"));
        CHECK(CheckLink(s, Link("n", "d", K::ParentOf, "a")).problem == LinkProblem::ParentCycle);
        CHECK(CheckLink(s, Link("n", "d", K::ParentOf, "e")).ok());
    }
}

TEST_CASE("relationships: the group is the same tree from any member") {
    Store s = Letters();
    // A (holding) parent of C and B; B parent of D; E same group as B (no parent);
    // F partner of A and G supplier to D: not the group. H alone.
    s.relationships.Upsert(Link("r1", "a", K::ParentOf, "c"));
    s.relationships.Upsert(Link("r2", "a", K::ParentOf, "b"));
    s.relationships.Upsert(Link("r3", "b", K::ParentOf, "d"));
    s.relationships.Upsert(Link("r4", "e", K::SameGroup, "b"));
    s.relationships.Upsert(Link("r5", "f", K::Partner, "a"));
    s.relationships.Upsert(Link("r6", "g", K::Supplier, "d"));
    const std::vector<std::string> expect{"a", " b", "  d", " c", "e"};
    for (const char* from : {"a", "b", "c", "d", "e"}) {
        CAPTURE(from);
        const GroupTree t = BuildGroupTree(s, from);
        CHECK(t.companies == 5);
        CHECK(Ids(t) == expect);
    }
    const GroupTree t = BuildGroupTree(s, "e");
    CHECK_FALSE(t.rows[0].same_group);  // the holding
    CHECK(t.rows[4].same_group);        // E: in the group through same_group only
    for (const char* outside : {"f", "g", "h"}) {
        const GroupTree alone = BuildGroupTree(s, outside);
        CHECK(alone.companies == 1);
        CHECK(Ids(alone) == std::vector<std::string>{outside});
    }
}

TEST_CASE("relationships: a joint subsidiary appears under each parent, expanded once") {
    Store s = Letters();
    s.relationships.Upsert(Link("r1", "a", K::ParentOf, "c"));
    s.relationships.Upsert(Link("r2", "b", K::ParentOf, "c"));
    s.relationships.Upsert(Link("r3", "c", K::ParentOf, "d"));
    const GroupTree t = BuildGroupTree(s, "d");
    CHECK(t.companies == 4);
    CHECK(Ids(t) == std::vector<std::string>{"a", " c", "  d", "b", " c"});
    CHECK_FALSE(t.rows[1].repeated);
    CHECK(t.rows[4].repeated);
}

TEST_CASE("relationships: names order the tree through the given compare, missing clients last") {
    Store s;
    AddClient(s, "h", "Холдинг");
    AddClient(s, "x", "яблоко");
    AddClient(s, "y", "Арбуз");
    s.relationships.Upsert(Link("r1", "h", K::ParentOf, "x"));
    s.relationships.Upsert(Link("r2", "h", K::ParentOf, "y"));
    s.relationships.Upsert(Link("r3", "h", K::ParentOf, "gone"));  // e.g. an old link
    const GroupTree t = BuildGroupTree(s, "h");
    CHECK(t.companies == 4);
    CHECK(Ids(t) == std::vector<std::string>{"h", " y", " x", " gone"});
    CHECK(t.rows[3].missing);
    CHECK_FALSE(t.rows[1].missing);
    // A missing client's own tree still shows who links to it.
    CHECK(Ids(BuildGroupTree(s, "gone")) == std::vector<std::string>{"h", " y", " x", " gone"});
}

TEST_CASE("relationships: a parent cycle in imported data still shows every company") {
    Store s = Letters();
    s.relationships.Upsert(Link("r1", "a", K::ParentOf, "b"));
    s.relationships.Upsert(Link("r2", "b", K::ParentOf, "a"));
    s.relationships.Upsert(Link("r3", "b", K::ParentOf, "c"));
    const GroupTree t = BuildGroupTree(s, "c");
    CHECK(t.companies == 3);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].in_cycle);
    CHECK(Ids(t) == std::vector<std::string>{"a", " b", "  a", "  c"});
    CHECK(t.rows[2].repeated);
}

TEST_CASE("relationships: checks and the group stay fast with 50k links") {
    // 10k clients, a holding tree of 5k companies (each parent of up to 4), and 45k
    // supplier links spread over everyone: checks walk only the links of the companies
    // involved.
    Store s;
    const int n = 10000;
    for (int i = 0; i < n; ++i) AddClient(s, "c" + std::to_string(i), "Company " + std::to_string(i));
    int r = 0;
    for (int i = 1; i < 5000; ++i)
        s.relationships.Upsert(
            Link("r" + std::to_string(r++), "c" + std::to_string((i - 1) / 4), K::ParentOf, "c" + std::to_string(i)));
    for (int i = 0; s.relationships.size() < 50000; ++i)
        s.relationships.Upsert(Link("r" + std::to_string(r++), "c" + std::to_string(i % n), K::Supplier,
                                    "c" + std::to_string((i * 7 + 13) % n)));
    const auto t0 = std::chrono::steady_clock::now();
    const LinkCheck cycle = CheckLink(s, Link("n", "c4999", K::ParentOf, "c0"));
    CHECK(cycle.problem == LinkProblem::ParentCycle);
    CHECK(cycle.chain.size() > 3);
    const GroupTree t = BuildGroupTree(s, "c4000");
    CHECK(t.companies == 5000);
    CHECK(t.rows.size() == 5000);
    for (int i = 0; i < 100; ++i) CHECK(CheckLink(s, Link("n", "c" + std::to_string(6000 + i), K::Partner, "c1")).ok());
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE("cycle check + group of 5000 + 100 checks at 50k links: " << ms << " ms");
    CHECK(ms < 2000);
}
