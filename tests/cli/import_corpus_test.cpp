// The importer corpus: malformed and hostile files, each refused with exit code 1, a message
// naming the file, the line and the column, and a database whose content is exactly as it was
// (no batch, no audit row); and good edge-case files that import, re-import as unchanged and
// roll back to the previous content exactly. Files are in tests/corpus/{bad,good}; binary and
// huge files are generated here so that nothing large is committed.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli_test_support.h"

namespace uplift::cli_test {

namespace {

// What the test expects of a refused file.
struct BadFile {
    std::string file;    // under tests/corpus/bad/ (or generated, see below)
    std::string kind;    // import KIND
    int line;            // the physical line named in the message
    std::string column;  // the column named, or "" when the problem is the whole row/file
    std::string phrase;  // a key phrase of the message
};

const std::vector<BadFile>& committed_bad_files() {
    static const std::vector<BadFile> files{
        // products
        {"products_missing_column.csv", "products", 1, "unit_cost", "required column is missing"},
        {"products_duplicate_header.csv", "products", 1, "sku", "appears twice in the header"},
        {"products_empty.csv", "products", 1, "", "the file is empty"},
        {"products_bom_only.csv", "products", 1, "", "the file is empty"},
        {"products_header_only.csv", "products", 2, "", "no data rows"},
        {"products_duplicate_sku.csv", "products", 4, "sku",
         "appears twice in the file (first on line 2)"},
        {"products_control_char.csv", "products", 2, "name", "control character"},
        {"products_newline_in_name.csv", "products", 3, "name", "control character"},
        {"products_brand_other_category.csv", "products", 2, "brand",
         "belongs to category 'Drinks', not 'Snacks'"},
        {"products_three_decimals.csv", "products", 2, "list_price", "more than 2 decimals"},
        {"products_negative_cost.csv", "products", 2, "unit_cost", "must not be negative"},
        {"products_overflow.csv", "products", 2, "list_price", "number too large"},
        {"products_price_out_of_range.csv", "products", 2, "unit_cost", "out of range"},
        {"products_bad_status.csv", "products", 2, "status", "is not active or inactive"},
        {"products_error_after_multiline.csv", "products", 4, "list_price",
         "'abc' is not an amount"},
        {"products_uom_newline.csv", "products", 2, "uom", "control character"},
        {"products_empty_sku.csv", "products", 3, "sku", "must not be empty"},
        {"products_decimal_comma.csv", "products", 2, "list_price",
         "decimal comma where a decimal point is expected"},
        {"products_name_too_long.csv", "products", 2, "name", "longer than 200 characters"},
        // accounts
        {"accounts_missing_region.csv", "accounts", 1, "region", "required column is missing"},
        {"accounts_parent_loop.csv", "accounts", 2, "parent", "loop in the hierarchy"},
        {"accounts_parent_loop_existing.csv", "accounts", 2, "parent", "loop in the hierarchy"},
        {"accounts_unknown_parent.csv", "accounts", 2, "parent", "unknown account 'NOPE'"},
        {"accounts_own_parent.csv", "accounts", 2, "parent", "cannot be its own parent"},
        {"accounts_duplicate_code.csv", "accounts", 4, "code",
         "appears twice in the file (first on line 2)"},
        {"accounts_wrong_field_count.csv", "accounts", 3, "",
         "has 3 values but the header has 4 columns"},
        {"accounts_bad_rep.csv", "accounts", 2, "rep", "may not contain spaces"},
        {"accounts_empty_name.csv", "accounts", 2, "name", "must not be empty"},
        {"accounts_unterminated_quote.csv", "accounts", 3, "", "quoted value is not closed"},
        {"accounts_duplicate_header_case.csv", "accounts", 1, "name",
         "appears twice in the header"},
        // prices
        {"prices_to_before_from.csv", "prices", 2, "valid_to",
         "2025-05-31 is before valid_from 2025-06-01"},
        {"prices_overlap_in_file.csv", "prices", 3, "valid_from", "overlaps the row on line 2"},
        {"prices_overlap_existing.csv", "prices", 2, "valid_from",
         "overlaps a price already in the database"},
        {"prices_unknown_sku.csv", "prices", 2, "sku", "unknown sku 'SKU-999'"},
        {"prices_unknown_account.csv", "prices", 2, "account", "unknown account 'NOPE'"},
        {"prices_feb30.csv", "prices", 2, "valid_from", "'2025-02-30' is not a date"},
        {"prices_duplicate_key.csv", "prices", 3, "valid_from", "appears twice (first on line 2)"},
        {"prices_missing_column.csv", "prices", 1, "valid_to", "required column is missing"},
        {"prices_text_after_quote.csv", "prices", 2, "sku", "malformed quoting"},
        // actuals
        {"actuals_units_text.csv", "actuals", 2, "units", "'ten' is not a whole number"},
        {"actuals_negative_units.csv", "actuals", 2, "units", "must not be negative"},
        {"actuals_fractional_units.csv", "actuals", 2, "units", "must be a whole number"},
        {"actuals_week_not_date.csv", "actuals", 2, "week", "'2025-W12' is not a date"},
        {"actuals_feb30.csv", "actuals", 2, "week", "'2025-02-30' is not a date"},
        {"actuals_unknown_account.csv", "actuals", 2, "account", "unknown account 'NOPE'"},
        {"actuals_unknown_sku.csv", "actuals", 2, "sku", "unknown sku 'SKU-999'"},
        // 2025-03-17 and 2025-03-20 lie in the same ISO week: the same natural key.
        {"actuals_same_iso_week.csv", "actuals", 3, "week", "must be unique in a file"},
        {"actuals_discount_gt_gross.csv", "actuals", 2, "discount_amount",
         "larger than gross_amount"},
        {"actuals_bad_kind.csv", "actuals", 2, "kind", "'returns' is not sell_in or sell_out"},
        {"actuals_three_decimals.csv", "actuals", 2, "gross_amount", "more than 2 decimals"},
        {"actuals_ambiguous_thousands.csv", "actuals", 2, "gross_amount", "ambiguous number"},
        {"actuals_units_overflow.csv", "actuals", 2, "units", "number too large"},
        {"actuals_units_out_of_range.csv", "actuals", 2, "units", "out of range"},
        {"actuals_wrong_field_count.csv", "actuals", 2, "",
         "has 6 values but the header has 5 columns"},
        {"actuals_quote_in_unquoted.csv", "actuals", 2, "account", "malformed quoting"},
        {"actuals_unterminated_quote_last.csv", "actuals", 3, "", "quoted value is not closed"},
        // The bad record spans lines 3-4: it is named by its first line.
        {"actuals_quote_error_multiline.csv", "actuals", 3, "note", "malformed quoting"},
        {"actuals_missing_units_column.csv", "actuals", 1, "units", "required column is missing"},
        {"actuals_empty_units.csv", "actuals", 2, "units", "must not be empty"},
        // Three good rows (one replacing an existing row) are written, then undone.
        {"actuals_bad_row_after_good_rows.csv", "actuals", 5, "gross_amount",
         "must not be negative"},
        // The header is on line 2 behind a blank line.
        {"actuals_blank_line_before_header.csv", "actuals", 2, "gross_amount",
         "required column is missing"},
        {"actuals_header_only_blank_lines.csv", "actuals", 2, "", "no data rows"},
        {"actuals_exponent_units.csv", "actuals", 2, "units", "'1e3' is not a whole number"},
        {"actuals_empty_account.csv", "actuals", 2, "account", "must not be empty"},
        {"actuals_delimiter_mix.csv", "actuals", 2, "", "has 1 value but the header has 5 columns"},
    };
    return files;
}

// Files made at test time: binary content or too big to commit.
struct GeneratedBadFile {
    BadFile expect;
    std::function<std::string()> bytes;
};

std::string utf16(std::string_view ascii, bool big_endian) {
    std::string out = big_endian ? std::string("\xFE\xFF") : std::string("\xFF\xFE");
    for (const char ch : ascii) {
        if (big_endian) {
            out += '\0';
            out += ch;
        } else {
            out += ch;
            out += '\0';
        }
    }
    return out;
}

const std::vector<GeneratedBadFile>& generated_bad_files() {
    static const std::string ph = "sku,name,brand,category,list_price,unit_cost\n";
    static const std::string th = "week,account,sku,units,gross_amount\n";
    static const std::vector<GeneratedBadFile> files{
        {{"products_invalid_utf8.csv", "products", 2, "name", "not valid UTF-8"},
         [] { return ph + "SKU-010,Caf\xE9 Cr\xE8me,Crisp,Snacks,1.00,0.50\n"; }},
        {{"products_utf16le_bom.csv", "products", 1, "", "the file is UTF-16"},
         [] { return utf16(ph + "SKU-010,Thing,Crisp,Snacks,1.00,0.50\n", false); }},
        {{"products_utf16be_bom.csv", "products", 1, "", "the file is UTF-16"},
         [] { return utf16(ph + "SKU-010,Thing,Crisp,Snacks,1.00,0.50\n", true); }},
        {{"products_utf16le_no_bom.csv", "products", 1, "", "NUL character"},
         [] { return utf16(ph + "SKU-010,Thing,Crisp,Snacks,1.00,0.50\n", false).substr(2); }},
        {{"actuals_nul_byte.csv", "actuals", 2, "sku", "NUL character"},
         [] { return th + "2025-03-17,STORE1,SKU-" + '\0' + "001,5,12.45\n"; }},
        {{"actuals_overlong_utf8.csv", "actuals", 3, "sku", "not valid UTF-8"},
         [] {
             return th +
                    "2025-03-17,STORE1,SKU-001,5,12.45\n2025-03-17,STORE1,SKU\xC0\xAF"
                    "002,5,12.45\n";
         }},
        {{"accounts_invalid_utf8_header.csv", "accounts", 1, "", "not valid UTF-8"},
         [] {
             return std::string(
                 "code,name,ch\xFF"
                 "annel,region\nS5,Store,Super,North\n");
         }},
        // A 2 MB line with no line break at all, as header and as a data row.
        {{"products_huge_header.csv", "products", 1, "", "longer than 1048576 bytes"},
         [] { return std::string(2u << 20, 's'); }},
        {{"actuals_huge_line.csv", "actuals", 2, "", "longer than 1048576 bytes"},
         [] { return th + std::string(2u << 20, 'A'); }},
        // A quoted value spanning 2,100 lines of 1 KB: one record over the limit, named by its
        // first line.
        {{"actuals_huge_quoted.csv", "actuals", 3, "", "longer than 1048576 bytes"},
         [] {
             std::string s = th + "2025-03-17,STORE1,SKU-001,5,12.45\n2025-03-17,\"";
             for (int i = 0; i < 2100; ++i) {
                 s += std::string(1000, 'x') + "\n";
             }
             return s + "\",SKU-001,5,1.00\n";
         }},
        {{"accounts_too_many_columns.csv", "accounts", 1, "", "more than 512 columns"},
         [] {
             std::string s = "code,name,channel,region";
             for (int i = 0; i < 600; ++i) {
                 s += fmt::format(",extra{}", i);
             }
             return s + "\n";
         }},
        // Classic Mac line ends (CR only) and a stray CR inside a line.
        {{"actuals_cr_only.csv", "actuals", 1, "", "bare carriage return"},
         [] {
             return std::string(
                 "week,account,sku,units,gross_amount\r2025-03-17,STORE1,SKU-001,5,12.45\r");
         }},
        {{"actuals_stray_cr.csv", "actuals", 3, "", "bare carriage return"},
         [] {
             return th +
                    "2025-03-17,STORE1,SKU-001,5,12.45\n2025-03-17,STORE1,SKU-002,5,12.45\r"
                    "2025-03-17,STORE2,SKU-003,5,8.95\n";
         }},
        // 40,000 good rows (over 1 MB, several read chunks), then one bad row: the line number
        // survives the chunk boundaries and the 40,000 written rows are undone.
        {{"actuals_many_rows_then_bad.csv", "actuals", 40002, "units",
          "'many' is not a whole number"},
         [] {
             static const char* const accounts[] = {"STORE1", "STORE2"};
             static const char* const skus[] = {"SKU-001", "SKU-002", "SKU-003", "SKU-004"};
             static const char* const kinds[] = {"sell_in", "sell_out"};
             std::string s = "week,account,sku,units,gross_amount,discount_amount,kind\n";
             int n = 0;
             for (int week = 0; n < 40000; ++week) {
                 // Mondays from 2000-01-03 on, written as the Wednesday of the week.
                 const int day = 10961 + 7 * week;  // days since 1970-01-01
                 const auto ymd =
                     std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(day)));
                 const std::string date = fmt::format(
                     "{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
                 for (const char* a : accounts) {
                     for (const char* k : skus) {
                         for (const char* kind : kinds) {
                             s += fmt::format("{},{},{},{},{}.{:02},,{}\n", date, a, k, n % 97,
                                              n % 500, n % 100, kind);
                             ++n;
                         }
                     }
                 }
             }
             return s + "2025-03-17,STORE1,SKU-001,many,1.00,,sell_in\n";
         }},
    };
    return files;
}

// A file at the state before any corpus file: init, then the base products, accounts, prices
// and actuals. Built once per test run; each case works on a copy.
const fs::path& base_database() {
    static TempDir dir("corpus-base");
    static const fs::path file = [] {
        const fs::path f = dir / "base.uplift";
        auto run = [&](const std::vector<std::string>& args) {
            const CliRun r = run_in_process(args);
            if (r.code != 0) {
                throw std::runtime_error(
                    fmt::format("setting up the base database failed: {}", r.err));
            }
        };
        run({"--db", f.string(), "init"});
        for (const char* kind : {"products", "accounts", "prices", "actuals"}) {
            run({"--db", f.string(), "import", kind,
                 (corpus_dir() / "good" / fmt::format("base_{}.csv", kind)).string()});
        }
        return f;
    }();
    return file;
}

const std::string& base_snapshot() {
    static const std::string s = db_snapshot(base_database());
    return s;
}

// Imports `file` into a copy of the base database and checks the refusal and the content.
void check_refused(const BadFile& e, const fs::path& file, const TempDir& work) {
    INFO("corpus file " << e.file << " (import " << e.kind << ")");
    const fs::path db = work / "case.uplift";
    fs::remove(db);
    fs::copy_file(base_database(), db);

    const CliRun r = run_in_process({"--db", db.string(), "import", e.kind, file.string()});
    INFO("stderr:\n" << r.err);
    CHECK(r.code == 1);
    CHECK(r.out.empty());
    // The first message names the file, the line and (when about one value) the column.
    const std::string first = r.err.substr(0, r.err.find('\n'));
    CHECK_THAT(first, Catch::Contains(e.file));
    if (e.column.empty()) {
        CHECK_THAT(first, Catch::Contains(fmt::format("{}, line {}: ", e.file, e.line)));
    } else {
        CHECK_THAT(first, Catch::Contains(
                              fmt::format("{}, line {}, column '{}': ", e.file, e.line, e.column)));
    }
    CHECK_THAT(first, Catch::Contains(e.phrase));

    const std::string after = db_snapshot(db);
    INFO(first_difference(base_snapshot(), after));
    CHECK(after == base_snapshot());
    CHECK(query_text(db, "SELECT count(*) FROM import_batches") == "4");
    CHECK(query_text(db,
                     "SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                     "batch_id > 4") == "0");
}

void check_committed_kind(const std::string& kind) {
    TempDir work("corpus-" + kind);
    int n = 0;
    for (const auto& e : committed_bad_files()) {
        if (e.kind == kind) {
            check_refused(e, corpus_dir() / "bad" / e.file, work);
            ++n;
        }
    }
    CHECK(n >= 8);
}

}  // namespace

TEST_CASE("corpus: every committed bad file is listed with its expectation", "[corpus]") {
    std::set<std::string> listed;
    for (const auto& e : committed_bad_files()) {
        CHECK(listed.insert(e.file).second);
        CHECK(e.file.starts_with(e.kind + "_"));
    }
    std::set<std::string> on_disk;
    for (const auto& entry : fs::directory_iterator(corpus_dir() / "bad")) {
        on_disk.insert(entry.path().filename().string());
        // Nothing big is committed: large and binary cases are generated by the test.
        CHECK(entry.file_size() <= 10 * 1024);
    }
    CHECK(listed == on_disk);
    CHECK(listed.size() + generated_bad_files().size() >= 40);
}

TEST_CASE("corpus: bad products files are refused by line and column, nothing changed",
          "[corpus]") {
    check_committed_kind("products");
}

TEST_CASE("corpus: bad accounts files are refused by line and column, nothing changed",
          "[corpus]") {
    check_committed_kind("accounts");
}

TEST_CASE("corpus: bad prices files are refused by line and column, nothing changed", "[corpus]") {
    check_committed_kind("prices");
}

TEST_CASE("corpus: bad actuals files are refused by line and column, nothing changed", "[corpus]") {
    check_committed_kind("actuals");
}

TEST_CASE("corpus: binary, huge and generated bad files are refused, nothing changed", "[corpus]") {
    TempDir work("corpus-generated");
    for (const auto& g : generated_bad_files()) {
        const fs::path file = work / g.expect.file;
        write_bytes(file, g.bytes());
        check_refused(g.expect, file, work);
    }
}

TEST_CASE("corpus: a refused import by a user without the right changes nothing", "[corpus]") {
    TempDir work("corpus-rights");
    const fs::path db = work / "case.uplift";
    fs::copy_file(base_database(), db);
    REQUIRE(run_in_process({"--db", db.string(), "user", "add", "kim", "--role", "KAM"}).code == 0);
    const std::string before = db_snapshot(db);
    const CliRun r = run_in_process({"--db", db.string(), "--user", "kim", "import", "actuals",
                                     (corpus_dir() / "good" / "actuals_blank_lines.csv").string()});
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::Contains("user 'kim' may not import actuals"));
    CHECK(db_snapshot(db) == before);
}

namespace {

struct GoodFile {
    std::string file;  // under tests/corpus/good/
    std::string kind;
    int rows;
    int inserted;
    int updated;
    int unchanged;
    std::string warning;  // a phrase of the expected warning, or "" for none
    std::vector<std::pair<std::string, std::string>> content;  // SQL -> expected first value
};

const std::vector<GoodFile>& good_files() {
    static const std::vector<GoodFile> files{
        {"products_bom_crlf.csv",
         "products",
         4,
         2,
         1,
         1,
         "",
         {{"SELECT name || '|' || brand || '|' || category FROM v_products WHERE sku = 'SKU-006'",
           "Munch Bar 50g|Munch|Sweets"},
          {"SELECT list_price FROM products WHERE sku = 'SKU-002'", "255"},
          {"SELECT count(*) FROM products WHERE name LIKE '%' || char(13) || '%'", "0"}}},
        {"actuals_semicolon_decimal_comma.csv",
         "actuals",
         4,
         2,
         1,
         1,
         "",
         {{"SELECT units || '|' || gross_amount || '|' || discount_amount FROM v_actuals "
           "WHERE week = '2025-03-03' AND account = 'STORE1' AND kind = 'sell_in'",
           "1234|3072.66|12.5"},
          // Dated Wednesday 2025-03-19: counted in the week of Monday 2025-03-17.
          {"SELECT units || '|' || gross_amount FROM v_actuals WHERE week = '2025-03-17' AND "
           "account = 'STORE2' AND kind = 'sell_out'",
           "1000|1234.56"}}},
        {"products_quoted_multiline.csv",
         "products",
         2,
         2,
         0,
         0,
         "column 'note' is not used",
         {{"SELECT name FROM products WHERE sku = 'SKU-007'", "Crisp \"Party\" Pack, 300g"},
          {"SELECT list_price FROM products WHERE sku = 'SKU-008'", "179"}}},
        {"accounts_extra_column.csv",
         "accounts",
         4,
         2,
         1,
         1,
         "column 'email' is not used",
         {{"SELECT parent || '|' || rep || '|' || channel FROM v_accounts WHERE code = 'STORE3'",
           "STORE2|rep.south|Convenience"},
          {"SELECT channel || '|' || region || '|' || rep FROM v_accounts WHERE code = 'STORE4'",
           "Cash & Carry|East|rep.east"},
          {"SELECT roles FROM v_users WHERE name = 'rep.east'", "REP"},
          {"SELECT name FROM accounts WHERE code = 'STORE2'", "Store Two (renamed)"}}},
        {"actuals_blank_lines.csv",
         "actuals",
         2,
         2,
         0,
         0,
         "",
         {{"SELECT count(*) FROM actuals", "5"},
          {"SELECT sum(units) FROM v_actuals WHERE week = '2025-03-24' AND kind = 'sell_in'",
           "80"}}},
        // Text that a spreadsheet would run as a formula is data, stored as written.
        {"products_formula_text.csv",
         "products",
         4,
         4,
         0,
         0,
         "",
         {{"SELECT name FROM products WHERE sku = 'SKU-009'",
           "=HYPERLINK(\"http://evil.example\",\"click\")"},
          {"SELECT name FROM products WHERE sku = 'SKU-010'", "@SUM(A1:A9)"},
          {"SELECT name FROM products WHERE sku = 'SKU-011'", "+cmd|' /C calc'!A0"},
          {"SELECT name FROM products WHERE sku = 'SKU-012'", "-2+3"}}},
        {"prices_account_and_open.csv",
         "prices",
         4,
         2,
         1,
         1,
         "",
         {{"SELECT list_price FROM v_prices WHERE sku = 'SKU-001' AND account = 'STORE1'", "2.29"},
          {"SELECT list_price FROM v_prices WHERE sku = 'SKU-001' AND account IS NULL AND "
           "valid_from = '2025-07-01'",
           "2.69"},
          {"SELECT count(*) FROM prices", "6"}}},
    };
    return files;
}

// Bookkeeping that an import and its rollback leave behind on purpose.
const std::set<std::string> kBookkeeping{"import_batches", "batch_changes", "audit_log"};

}  // namespace

TEST_CASE("corpus: good edge-case files import, re-import unchanged and roll back exactly",
          "[corpus]") {
    TempDir work("corpus-good");
    for (const auto& g : good_files()) {
        INFO("corpus file " << g.file << " (import " << g.kind << ")");
        const fs::path db = work / (g.file + ".uplift");
        fs::copy_file(base_database(), db);
        const std::string path = (corpus_dir() / "good" / g.file).string();
        const std::string s0 = db_snapshot(db, kBookkeeping);

        const CliRun first = run_in_process({"--db", db.string(), "import", g.kind, path});
        INFO("stderr:\n" << first.err);
        REQUIRE(first.code == 0);
        CHECK_THAT(first.out,
                   Catch::Contains(fmt::format("batch 5, {} rows: {} inserted, {} updated, {} "
                                               "unchanged",
                                               g.rows, g.inserted, g.updated, g.unchanged)));
        if (g.warning.empty()) {
            CHECK(first.err.empty());
        } else {
            // "warning: FILE: column 'x' is not used ...", FILE as given on the command line.
            CHECK_THAT(first.err, Catch::StartsWith("warning: ") &&
                                      Catch::Contains(g.file + ": " + g.warning));
        }
        for (const auto& [sql, expected] : g.content) {
            INFO(sql);
            CHECK(query_text(db, sql) == expected);
        }
        const std::string s1 = db_snapshot(db, kBookkeeping);
        CHECK(s1 != s0);

        const CliRun again = run_in_process({"--db", db.string(), "import", g.kind, path});
        REQUIRE(again.code == 0);
        CHECK_THAT(again.out,
                   Catch::Contains(fmt::format(
                       "batch 6, {} rows: 0 inserted, 0 updated, {} unchanged", g.rows, g.rows)));
        {
            const std::string s2 = db_snapshot(db, kBookkeeping);
            INFO(first_difference(s1, s2));
            // Actuals rows now belong to batch 6 (so that rolling it back hands them back).
            if (g.kind != "actuals") {
                CHECK(s2 == s1);
            }
        }

        REQUIRE(run_in_process({"--db", db.string(), "rollback", "6"}).code == 0);
        {
            const std::string s = db_snapshot(db, kBookkeeping);
            INFO(first_difference(s1, s));
            CHECK(s == s1);
        }
        REQUIRE(run_in_process({"--db", db.string(), "rollback", "5"}).code == 0);
        {
            const std::string s = db_snapshot(db, kBookkeeping);
            INFO(first_difference(s0, s));
            CHECK(s == s0);
        }
        CHECK(query_text(db, "SELECT count(*) FROM import_batches WHERE rolled_back_at IS NULL") ==
              "4");
    }
}

}  // namespace uplift::cli_test
