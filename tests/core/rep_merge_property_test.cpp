// 50 rep files of several reps with random edits (updates and new keys), HQ edits overlapping
// some of them, merged with --resolve theirs in two different random orders, each file twice:
// the same targets both times, the model's expected values, and every key changed both at HQ
// and by the rep reported as a conflict.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "rep_sync_support.h"

using namespace uplift;
using namespace uplift::sync_test;

namespace {

struct Key {
    std::string period, account, brand;
    auto operator<=>(const Key&) const = default;
};
using Values = std::pair<std::int64_t, std::int64_t>;

std::string key_text(const Key& k) {
    return k.period + " " + k.account + " " + k.brand;
}

}  // namespace

TEST_CASE("50 rep files merged in any order, twice, give the same targets and lose no conflict",
          "[sync][merge][property]") {
    SyncWorld w;
    std::mt19937_64 rng(2025);
    const auto pick = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    };
    const std::map<std::string, std::vector<std::string>> partners{
        {"rep1", {"A", "A2"}}, {"rep2", {"B"}}, {"rep3", {"C"}}};
    const std::vector<std::string> brands{"Fizz", "Crisp", "Aqua"};
    std::map<Key, Values> model;  // what the main file holds
    for (const Target& t : list_targets(w.conn)) {
        model[{t.period, t.account, t.brand}] = {t.units, t.value};
    }

    // Each rep's keys (half of them exist before the export), dealt out to that rep's files
    // without overlap, except a few keys two files of one rep set to the same values.
    struct File {
        fs::path path;
        std::string rep;
        std::map<Key, Values> edits;
    };
    std::vector<File> files;
    std::map<std::string, std::vector<Key>> free_keys;
    for (const auto& [rep, accounts] : partners) {
        for (int m = 1; m <= 12; ++m) {
            for (const auto& a : accounts) {
                for (const auto& b : brands) {
                    const Key k{fmt::format("2026-{:02}", m), a, b};
                    free_keys[rep].push_back(k);
                    if (pick(0, 1) == 0) {
                        const Values v{pick(0, 500), pick(0, 100'000)};
                        set_target(w.conn, w.as("sm1"), k.period, a, b, v.first, v.second);
                        model[k] = v;
                    }
                }
            }
        }
        std::shuffle(free_keys[rep].begin(), free_keys[rep].end(), rng);
    }
    const std::vector<std::string> reps{"rep1", "rep2", "rep3"};
    for (int i = 0; i < 50; ++i) {
        File f;
        f.rep = reps[static_cast<std::size_t>(i) % reps.size()];
        f.path = w.export_for(f.rep, fmt::format("rep-{:02}.uplift", i));
        auto& pool = free_keys[f.rep];
        const auto n = std::min<std::int64_t>(pick(1, 4), static_cast<std::int64_t>(pool.size()));
        for (std::int64_t j = 0; j < n; ++j) {
            f.edits[pool.back()] = {pick(0, 500), pick(0, 100'000)};
            pool.pop_back();
        }
        files.push_back(std::move(f));
    }
    // Shared keys: a later file of the same rep repeats an earlier file's edit.
    for (std::size_t i = 3; i < files.size(); i += 7) {
        const File& earlier = files[i - 3];
        files[i].edits.insert(*earlier.edits.begin());
    }
    for (const File& f : files) {
        for (const auto& [k, v] : f.edits) {
            w.rep_sets(f.path, k.period, k.account, k.brand, v.first, v.second);
        }
    }
    // HQ edits after the exports: some keys the reps also changed (a few to the same values),
    // some they did not.
    std::set<Key> expected_conflicts;
    std::map<Key, Values> rep_values;
    for (const File& f : files) {
        rep_values.insert(f.edits.begin(), f.edits.end());
    }
    for (const auto& [k, v] : rep_values) {
        const auto roll = pick(0, 9);
        if (roll < 3) {
            const Values hq{pick(501, 900), pick(0, 100'000)};
            set_target(w.conn, w.as("sm1"), k.period, k.account, k.brand, hq.first, hq.second);
            model[k] = hq;
            expected_conflicts.insert(k);
        } else if (roll == 3) {
            set_target(w.conn, w.as("sm1"), k.period, k.account, k.brand, v.first, v.second);
            model[k] = v;  // the same as the rep: skipped, not a conflict
        }
    }
    set_target(w.conn, w.as("sm1"), "2026-01", "D", "Fizz", 3, 3);
    model[{"2026-01", "D", "Fizz"}] = {3, 3};
    w.conn = db::Connection::open_memory();  // close the main file before copying it
    for (const auto& [k, v] : rep_values) {
        model[k] = v;  // theirs: every rep value wins
    }

    std::vector<std::string> results;
    for (int run = 0; run < 2; ++run) {
        const fs::path copy = w.path(fmt::format("main-{}.uplift", run));
        fs::copy_file(w.main_path, copy);
        db::Connection main = db::open_file(copy);
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < files.size(); ++i) {
            order.push_back(i);
            order.push_back(i);
        }
        std::shuffle(order.begin(), order.end(), rng);
        std::set<Key> reported;
        std::map<std::size_t, int> merges;
        for (const std::size_t i : order) {
            const RepMergeResult r =
                merge_rep_file(main, w.as_in(main, "sm1"), files[i].path, MergeResolution::Theirs);
            REQUIRE_FALSE(r.stopped);
            for (const MergeConflict& c : r.conflicts) {
                CHECK(c.choice == ConflictChoice::Theirs);
                reported.insert({c.period, c.account, c.brand});
            }
            if (++merges[i] == 2) {
                CHECK(r.nothing_new());  // its keys are its own: nothing new the second time
            }
        }
        CHECK(reported == expected_conflicts);
        for (const auto& [k, v] : model) {
            const auto t = find_target(main, target_key(main, k.period, k.account, k.brand));
            INFO(key_text(k));
            REQUIRE(t);
            CHECK(Values{t->units, t->value} == v);
        }
        CHECK(db::query_int(main, "SELECT count(*) FROM targets") ==
              static_cast<std::int64_t>(model.size()));
        results.push_back(SyncWorld::targets_text_of(main));
    }
    CHECK(results[0] == results[1]);
    CHECK(expected_conflicts.size() > 5);
}
