// `report NAME --format pdf -o FILE` (issue 8): the text of the PDF, as pdftotext reads it, holds
// every row of the same report's CSV, its pages are numbered "Page N of M", a long table repeats
// its header on every page, Cyrillic names survive, and -o is required and written atomically.
// Runs with no display and QT_QPA_PLATFORM unset: the CLI starts Qt's offscreen platform
// itself. Without pdftotext (Debian's poppler-utils, installed by tools/setup-deps.sh) the
// checks of the text are skipped with a warning.
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "cli_test_support.h"
#include "db/uplift_file.h"
#include "io/csv_writer.h"
#include "reports/dashboard_table.h"
#include "security/users.h"

namespace uplift::cli_test {

namespace {

bool have_pdftotext() {
    static const bool found = std::system("command -v pdftotext >/dev/null 2>&1") == 0;
    return found;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (const char ch : s) {
        out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    }
    return out + "'";
}

// The text of a PDF, pages separated by form feeds.
std::string pdf_text(const fs::path& pdf) {
    const fs::path txt = pdf.string() + ".txt";
    const std::string cmd = fmt::format("pdftotext -layout -enc UTF-8 {} {}",
                                        shell_quote(pdf.string()), shell_quote(txt.string()));
    REQUIRE(std::system(cmd.c_str()) == 0);
    return read_bytes(txt);
}

std::vector<std::string> split(const std::string& text, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (const char ch : text) {
        if (ch == sep) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += ch;
        }
    }
    out.push_back(cur);
    return out;
}

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    std::string w;
    while (in >> w) {
        out.push_back(w);
    }
    return out;
}

// True when the words of the cells appear in `line` in order, each cell's words together.
bool line_holds(const std::string& line, const std::vector<std::string>& cells) {
    const std::vector<std::string> tokens = words(line);
    std::size_t at = 0;
    for (const auto& cell : cells) {
        const std::vector<std::string> want = words(cell);
        if (want.empty()) {
            continue;
        }
        bool found = false;
        for (; at + want.size() <= tokens.size(); ++at) {
            if (std::equal(want.begin(), want.end(), tokens.begin() + static_cast<long>(at))) {
                at += want.size();
                found = true;
                break;
            }
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

// Every data row of a CSV (no quoted cells) shows on one line of the PDF's text, its cells in
// order; returns the number of rows.
std::size_t check_rows(const std::string& csv, const std::string& text) {
    const std::vector<std::string> lines = split(text, '\n');
    std::vector<std::string> rows = split(csv, '\n');
    REQUIRE(rows.size() >= 2);
    rows.erase(rows.begin());  // the header
    std::size_t n = 0;
    for (const auto& row : rows) {
        if (row.empty()) {
            continue;
        }
        ++n;
        const std::vector<std::string> cells = split(row, ',');
        const bool found = std::any_of(lines.begin(), lines.end(),
                                       [&](const std::string& l) { return line_holds(l, cells); });
        INFO("CSV row: " << row);
        CHECK(found);
    }
    return n;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

// Two products, two accounts (one with a Cyrillic code and name, its product of a Cyrillic
// brand), 40 weeks of actuals each with invoice discounts nothing entitles (80 unjustified
// rows), two promotions and a fund.
class PdfFile : public CliFile {
  public:
    PdfFile() : CliFile("pdf", "2025-12-01") {
        ::unsetenv("QT_QPA_PLATFORM");
        ::unsetenv("DISPLAY");
        ::unsetenv("WAYLAND_DISPLAY");
        ok({"init"});
        import("products",
               "sku,name,brand,category,list_price,unit_cost\n"
               "COLA,Fizz Cola,Fizz,Drinks,4.99,2.10\n"
               "CHAI,Чай Ромашка,Ромашка,Drinks,2.00,1.20\n");
        import("accounts",
               "code,name,channel,region,parent\n"
               "A1,Shop One,Retail,North,\n"
               "МАГ9,Магазин Ромашка,Retail,South,\n");
        std::string actuals = "week,account,sku,units,gross_amount,discount_amount,kind\n";
        for (int i = 0; i < 40; ++i) {
            const std::string week =
                fmt::format("{}", to_iso(parse_date("2025-01-06") + boost::gregorian::days(7 * i)));
            actuals += fmt::format("{},A1,COLA,{},{}.00,{}.{:02},sell_in\n", week, 100 + i,
                                   5 * (100 + i), 5 + i % 7, i);
            actuals += fmt::format("{},МАГ9,CHAI,{},{}.00,{}.{:02},sell_in\n", week, 50 + i,
                                   2 * (50 + i), 1 + i % 3, 99 - i);
        }
        import("actuals", actuals);
        import("promotions",
               "promo_id,account,sku,start,end,discount_pct,fixed_cost,campaign,status\n"
               "P1,A1,COLA,2025-06-02,2025-06-15,20,100,,\n"
               "P9,МАГ9,CHAI,2025-07-07,2025-07-20,10,,,\n");
        ok({"fund", "create", "Фонд Ромашка"});
    }
    void import(const std::string& kind, const std::string& text) {
        const auto file = dir / fmt::format("{}-{}.csv", kind, ++files_);
        write_bytes(file, text);
        ok({"import", kind, file.string()});
    }
    // The report as CSV, and the text of the same report as PDF.
    std::pair<std::string, std::string> both(std::vector<std::string> args) const {
        std::vector<std::string> csv = args;
        csv.insert(csv.end(), {"--format", "csv"});
        const std::string table = ok(csv);
        const fs::path pdf = dir / fmt::format("report-{}.pdf", ++pdfs_);
        args.insert(args.end(), {"--format", "pdf", "-o", pdf.string()});
        const CliRun r = run(args);
        INFO(r.err);
        REQUIRE(r.code == 0);
        CHECK(r.out.empty());
        CHECK(read_bytes(pdf).starts_with("%PDF-"));
        return {table, have_pdftotext() ? pdf_text(pdf) : std::string()};
    }

  private:
    int files_ = 0;
    mutable int pdfs_ = 0;
};

}  // namespace

TEST_CASE("every report as PDF holds the figures of its CSV, with title and page numbers",
          "[cli][pdf]") {
    PdfFile f;
    if (!have_pdftotext()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    }
    struct Case {
        std::vector<std::string> args;
        std::string title;
    };
    const std::vector<Case> cases{
        {{"report", "roi"}, "Promotion ROI"},
        {{"report", "roi", "--by", "account"}, "Promotion ROI"},
        {{"report", "unjustified-discounts"}, "Unjustified discounts"},
        {{"report", "unjustified-discounts", "--by", "all"}, "Unjustified discounts"},
        {{"report", "unjustified-discounts", "--by", "month"}, "Unjustified discounts"},
        {{"report", "discounts", "--by", "account"}, "Discount requests"},
        {{"report", "budget-vs-actual"}, "Budget vs actual"},
        {{"report", "brand-channel", "--by", "quarter"}, "Sell-in by brand and channel"},
        {{"report", "targets"}, "Targets, plan and actual sell-in"},
        {{"report", "fund-activity", "Фонд Ромашка"}, "Fund activity: Фонд Ромашка"},
        {{"report", "post-event", "P1"}, "Post-event sheet: P1"},
        {{"report", "post-event", "P1", "--part", "waterfall"}, "Post-event sheet: P1"},
    };
    for (const Case& c : cases) {
        const std::string line = fmt::format("{}", fmt::join(c.args, " "));
        INFO(line);
        const auto [csv, text] = f.both(c.args);
        if (!have_pdftotext()) {
            continue;
        }
        CHECK_THAT(text, Catch::Contains(c.title));
        CHECK_THAT(text, Catch::Contains("Page 1 of "));
        CHECK_THAT(text, Catch::Contains("by admin from file.uplift; business date 2025-12-01"));
        // The options as given, --format and -o left out.
        if (c.args.size() > 2 && c.args[2] == "--by") {
            CHECK_THAT(text, Catch::Contains("Filters: --by " + c.args[3]));
        } else if (c.args.size() == 2) {
            CHECK_THAT(text, Catch::Contains("Filters: none"));
        }
        check_rows(csv, text);
        if (c.args[1] == "post-event" && c.args.size() == 3) {
            // The weekly sheet draws its chart above the table, with a legend.
            CHECK_THAT(text, Catch::Contains("Units by week: baseline and actual"));
            CHECK_THAT(text, Catch::Contains("Baseline"));
            CHECK_THAT(text, Catch::Contains("Actual"));
        }
    }
}

TEST_CASE("a long PDF report repeats its header and numbers its pages", "[cli][pdf]") {
    PdfFile f;
    const auto [csv, text] = f.both({"report", "unjustified-discounts", "--from", "2025-01-01"});
    CHECK(count(csv, "\n") == 81);  // the header and 80 rows
    if (!have_pdftotext()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        return;
    }
    CHECK(check_rows(csv, text) == 80);
    std::vector<std::string> pages = split(text, '\f');
    if (!pages.empty() && words(pages.back()).empty()) {
        pages.pop_back();  // after the last form feed
    }
    const std::size_t n = pages.size();
    REQUIRE(n >= 3);
    for (std::size_t i = 0; i < n; ++i) {
        INFO("page " << i + 1);
        const std::string& page = pages[i];
        CHECK_THAT(page, Catch::Contains(fmt::format("Page {} of {}", i + 1, n)));
        // The header comes before the first row of every page.
        bool header = false;
        bool row_first = false;
        for (const std::string& l : split(page, '\n')) {
            const std::vector<std::string> w = words(l);
            header = header || line_holds(l, {"week", "account", "sku", "invoiced_discount",
                                              "entitled_discount", "excess", "reason"});
            if (!w.empty() && w[0].size() == 10 && w[0].starts_with("2025-") && !header) {
                row_first = true;
            }
        }
        CHECK(header);
        CHECK_FALSE(row_first);
        if (i > 0) {
            CHECK_THAT(page, Catch::Contains("Unjustified discounts (continued)"));
        }
    }
    CHECK_THAT(pages[0], Catch::Contains("Filters: --from 2025-01-01"));
    CHECK_THAT(pages[0], Catch::Contains("80 rows"));
}

TEST_CASE("Cyrillic names survive in the PDF", "[cli][pdf]") {
    PdfFile f;
    const auto [csv, text] = f.both({"report", "brand-channel", "--brand", "Ромашка"});
    CHECK_THAT(csv, Catch::Contains("Ромашка,Retail"));
    const auto [ucsv, utext] = f.both({"report", "unjustified-discounts", "--account", "МАГ9"});
    CHECK_THAT(ucsv, Catch::Contains("МАГ9,CHAI"));
    if (!have_pdftotext()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        return;
    }
    CHECK_THAT(text, Catch::Contains("Ромашка"));
    CHECK_THAT(text, Catch::Contains("Filters: --brand Ромашка"));
    CHECK(check_rows(csv, text) > 0);
    CHECK_THAT(utext, Catch::Contains("МАГ9"));
    CHECK_THAT(utext, Catch::Contains("Filters: --account МАГ9"));
    CHECK(check_rows(ucsv, utext) == 40);
}

TEST_CASE("PDF needs -o FILE and is written whole or not at all", "[cli][pdf]") {
    PdfFile f;
    SECTION("no -o is misuse") {
        f.refused({"report", "roi", "--format", "pdf"}, "--format pdf needs -o FILE", 2);
        f.refused({"report", "unjustified-discounts", "--format", "pdf"},
                  "--format pdf needs -o FILE", 2);
    }
    SECTION("an unknown format names pdf among the choices") {
        f.refused({"report", "roi", "--format", "docx"}, "is not table, csv, json or pdf", 2);
    }
    SECTION("a directory that does not exist") {
        const fs::path out = f.dir / "missing" / "x.pdf";
        f.refused({"report", "roi", "--format", "pdf", "-o", out.string()},
                  out.string() + ": cannot write");
        CHECK_FALSE(fs::exists(f.dir / "missing"));
    }
    SECTION("a path that is a directory leaves no temporary file behind") {
        const fs::path out = f.dir / "out";
        fs::create_directory(out);
        for (const std::string format : {"pdf", "csv"}) {
            INFO(format);
            f.refused({"report", "roi", "--format", format, "-o", out.string()},
                      out.string() + ": cannot write");
            for (const auto& entry : fs::directory_iterator(f.dir.path())) {
                CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
            }
            CHECK(fs::is_directory(out));
        }
    }
    SECTION("an existing file is replaced whole") {
        const fs::path out = f.dir / "roi.pdf";
        write_bytes(out, "old");
        f.ok({"report", "roi", "--format", "pdf", "-o", out.string()});
        CHECK(read_bytes(out).starts_with("%PDF-"));
        f.ok({"report", "roi", "--format", "csv", "-o", out.string()});
        CHECK(read_bytes(out).starts_with("promo_id,"));
        for (const auto& entry : fs::directory_iterator(f.dir.path())) {
            CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
        }
    }
}

TEST_CASE("the uplift-cli binary writes a PDF with no display, whatever QT_QPA_PLATFORM says",
          "[cli][pdf]") {
    PdfFile f;
    const fs::path out = f.dir / "roi.pdf";
    // Unset, and set to a platform that needs a display there is not.
    for (const std::string platform : {"-u QT_QPA_PLATFORM", "QT_QPA_PLATFORM=xcb"}) {
        INFO(platform);
        fs::remove(out);
        const std::string cmd = fmt::format(
            "env -u DISPLAY -u WAYLAND_DISPLAY {} {} --db {} report roi --format pdf -o {} 2>{}",
            platform, shell_quote(UPLIFT_CLI_PATH), shell_quote(f.db), shell_quote(out.string()),
            shell_quote((f.dir / "err.txt").string()));
        CHECK(std::system(cmd.c_str()) == 0);
        // Nothing from Qt on standard error.
        CHECK(read_bytes(f.dir / "err.txt").empty());
        REQUIRE(fs::exists(out));
        CHECK(read_bytes(out).starts_with("%PDF-"));
        if (have_pdftotext()) {
            CHECK_THAT(pdf_text(out), Catch::Contains("Page 1 of 1"));
        }
    }
}

TEST_CASE("report dashboard prints the tiles the app's Dashboard shows", "[cli][dashboard]") {
    PdfFile f;
    const std::string csv = f.ok({"report", "dashboard", "--format", "csv"});
    db::Connection conn = db::open_file(f.db);
    const ActionContext admin = load_actor(conn, "admin", parse_date("2025-12-01"), "");
    const ReportTable expected = dashboard_table(role_kpis(conn, admin));
    REQUIRE(!expected.rows.empty());
    std::ostringstream want;
    write_csv_row(want, expected.header);
    for (const auto& row : expected.rows) {
        write_csv_row(want, row);
    }
    CHECK(csv == want.str());
    CHECK_THAT(csv, Catch::StartsWith("key,title,value,unit,prior_year,change,detail,report\n"));
    // Figures are plain numbers: a spreadsheet reads a percentage without its sign.
    CHECK_THAT(csv, Catch::Contains("bm.roi,\"Brand ROI, last 12 months\",-85.17,%,"));
    // The PDF carries the same tiles.
    const auto [same, text] = f.both({"report", "dashboard"});
    CHECK(same == csv);
    if (have_pdftotext()) {
        CHECK_THAT(text, Catch::Contains("Dashboard"));
        CHECK_THAT(text, Catch::Contains("Open claims"));
        CHECK_THAT(text, Catch::Contains("-85.17"));
    }
    // Finance's open claims and the brand manager's ROI are among an admin's tiles.
    CHECK_THAT(csv, Catch::Contains("fin.claims,Open claims,"));
    CHECK_THAT(csv, Catch::Contains("bm.roi,"));
}

}  // namespace uplift::cli_test
