// CSV output dialects: what scripts read, what Excel reads (English and Russian), and the guard
// against formulas in exported text cells (issue 8: exports).
#include <catch2/catch.hpp>

#include <sstream>

#include "io/csv_writer.h"

using namespace uplift;

namespace {

std::string row(const std::vector<std::string>& cells, const CsvDialect& d) {
    std::ostringstream out;
    write_csv_row(out, cells, d);
    return out.str();
}

}  // namespace

TEST_CASE("interchange CSV is written as it will be read back", "[csv]") {
    CHECK(row({"A1", "Shop, One", "say \"hi\"", "=1+1", "-3.50"}, kInterchangeCsv) ==
          "A1,\"Shop, One\",\"say \"\"hi\"\"\",=1+1,-3.50\n");
}

TEST_CASE("report CSV guards text a spreadsheet would run as a formula", "[csv]") {
    const CsvDialect plain = *report_csv_dialect("plain");
    CHECK(row({"=HYPERLINK(\"x\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"}, plain) ==
          "\"'=HYPERLINK(\"\"x\"\")\",'+cmd,'-2+3,'@SUM(A1),'\tx,\"'\rx\"\n");
    // Numbers, dates and ordinary words are left alone.
    CHECK(row({"-12.50", "-7", "2025-03-03", "A-1", "no_entitlement"}, plain) ==
          "-12.50,-7,2025-03-03,A-1,no_entitlement\n");
    CHECK(is_plain_number("-0.01"));
    CHECK_FALSE(is_plain_number("1e5"));
    CHECK_FALSE(is_plain_number("12."));
    CHECK_FALSE(is_plain_number("-"));
}

TEST_CASE("Excel dialects: a byte-order mark, and for Russian Excel ';' with decimal commas",
          "[csv]") {
    const CsvDialect excel = *report_csv_dialect("excel");
    std::ostringstream start;
    write_csv_start(start, excel);
    CHECK(start.str() == "\xEF\xBB\xBF");
    const CsvDialect ru = *report_csv_dialect("excel-ru");
    CHECK(row({"Магазин; центр", "1234.56", "-0.50", "2025-03-03", "7"}, ru) ==
          "\"Магазин; центр\";1234,56;-0,50;2025-03-03;7\n");
    // A comma needs no quotes when ';' separates.
    CHECK(row({"Shop, One"}, ru) == "Shop, One\n");
    CHECK_FALSE(report_csv_dialect("tsv"));
    std::ostringstream none;
    write_csv_start(none, *report_csv_dialect("plain"));
    CHECK(none.str().empty());
}
