#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "errors.h"
#include "io/csv_reader.h"

using namespace uplift;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

using Fields = std::vector<std::string>;

// A CSV file under the system temp dir with the given bytes, removed at the end.
class CsvFile {
  public:
    explicit CsvFile(const std::string& bytes) {
        std::random_device rd;
        const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
        path_ = fs::temp_directory_path() /
                ("uplift_csv_test_" + std::to_string(stamp) + "_" + std::to_string(rd()) + ".csv");
        std::ofstream out(path_, std::ios::binary);
        out << bytes;
    }
    CsvFile(const CsvFile&) = delete;
    CsvFile& operator=(const CsvFile&) = delete;
    ~CsvFile() {
        std::error_code ec;
        fs::remove(path_, ec);
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

struct ReadResult {
    std::vector<CsvRecord> records;
    std::optional<CsvError> error;
    char delimiter = 0;
    bool bom = false;
};

ReadResult read_all(const std::string& bytes, const CsvOptions& options = {}) {
    const CsvFile file(bytes);
    CsvReader reader(file.path(), options);
    ReadResult r;
    CsvRecord rec;
    while (reader.next(rec)) {
        r.records.push_back(rec);
    }
    // Reading past the end (or past an error) stays finished.
    CHECK_FALSE(reader.next(rec));
    r.error = reader.error();
    r.delimiter = reader.delimiter();
    r.bom = reader.had_bom();
    if (!r.error) {
        CHECK(reader.bytes_read() == bytes.size());
        CHECK(reader.total_bytes() == bytes.size());
    }
    return r;
}

std::vector<std::int64_t> lines(const ReadResult& r) {
    std::vector<std::int64_t> out;
    for (const auto& rec : r.records) {
        out.push_back(rec.line);
    }
    return out;
}

constexpr std::size_t kNoField = std::numeric_limits<std::size_t>::max();

}  // namespace

TEST_CASE("a plain CSV file reads as records with their line numbers", "[csv]") {
    const auto r = read_all("sku,name,list_price\nA1,Widget,1.50\nB2,Gadget,2.00\n");
    REQUIRE_FALSE(r.error);
    CHECK(r.delimiter == ',');
    CHECK_FALSE(r.bom);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].fields == Fields{"sku", "name", "list_price"});
    CHECK(r.records[1].fields == Fields{"A1", "Widget", "1.50"});
    CHECK(r.records[2].fields == Fields{"B2", "Gadget", "2.00"});
    CHECK(lines(r) == std::vector<std::int64_t>{1, 2, 3});
}

TEST_CASE("the last record needs no line break", "[csv]") {
    const auto r = read_all("a,b\n1,2");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].fields == Fields{"1", "2"});
    CHECK(r.records[1].line == 2);
}

TEST_CASE("empty fields are kept in place", "[csv]") {
    const auto r = read_all("a,b,c\n1,,3\n,,\n\"\",x,\n");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[1].fields == Fields{"1", "", "3"});
    CHECK(r.records[2].fields == Fields{"", "", ""});
    CHECK(r.records[3].fields == Fields{"", "x", ""});
}

TEST_CASE("an empty file has no records and no error", "[csv]") {
    const auto r = read_all("");
    CHECK(r.records.empty());
    CHECK_FALSE(r.error);
}

TEST_CASE("a UTF-8 BOM is dropped from the first column name", "[csv]") {
    const auto r = read_all("\xEF\xBB\xBFsku,name\nA1,Caf\xC3\xA9\n");
    REQUIRE_FALSE(r.error);
    CHECK(r.bom);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == Fields{"sku", "name"});
    CHECK(r.records[1].fields == Fields{"A1", "Caf\xC3\xA9"});
    CHECK(r.records[0].line == 1);
}

TEST_CASE("semicolon-separated files are detected from the header", "[csv]") {
    const auto r = read_all("sku;name;list_price\nA1;Widget, large;1,50\n");
    REQUIRE_FALSE(r.error);
    CHECK(r.delimiter == ';');
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].fields == Fields{"sku", "name", "list_price"});
    // Decimal commas and commas in text stay inside their field.
    CHECK(r.records[1].fields == Fields{"A1", "Widget, large", "1,50"});

    const auto with_bom = read_all(
        "\xEF\xBB\xBF"
        "a;b\n1;2\n");
    CHECK(with_bom.delimiter == ';');
    CHECK(with_bom.records.at(0).fields == Fields{"a", "b"});
}

TEST_CASE("delimiters inside quoted header names do not count", "[csv]") {
    CHECK(read_all("\"a;b;c\",d,e\n").delimiter == ',');
    CHECK(read_all("\"x,y,z\";b;c\n").delimiter == ';');
    CHECK(read_all("single\nvalue\n").delimiter == ',');
}

TEST_CASE("an explicit delimiter overrides detection", "[csv]") {
    CsvOptions opt;
    opt.delimiter = ',';
    const auto r = read_all("a;b,c\n1;2,3\n", opt);
    REQUIRE_FALSE(r.error);
    CHECK(r.delimiter == ',');
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].fields == Fields{"1;2", "3"});
}

TEST_CASE("quoted fields hold delimiters, quotes and line breaks", "[csv]") {
    const std::string text =
        "sku,name,note\n"
        "A1,\"Widget, large\",\"He said \"\"hi\"\"\"\n"
        "B2,\"two\nline\nname\",x\n"
        "C3,plain,\"\"\"\"\n";
    const auto r = read_all(text);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[1].fields == Fields{"A1", "Widget, large", "He said \"hi\""});
    CHECK(r.records[2].fields == Fields{"B2", "two\nline\nname", "x"});
    CHECK(r.records[3].fields == Fields{"C3", "plain", "\""});
    // A record spanning lines is reported at its first line; later lines keep counting.
    CHECK(lines(r) == std::vector<std::int64_t>{1, 2, 3, 6});
}

TEST_CASE("a quoted value may contain an empty line", "[csv]") {
    const auto r = read_all("a,b\n\"first\n\nthird\",2\n3,4\n");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].fields == Fields{"first\n\nthird", "2"});
    CHECK(lines(r) == std::vector<std::int64_t>{1, 2, 5});
}

TEST_CASE("Windows line endings", "[csv]") {
    const auto r = read_all("sku,name\r\nA1,Widget\r\nB2,\"Gad\r\nget\"\r\nC3,Thing\r\n");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[0].fields == Fields{"sku", "name"});
    CHECK(r.records[1].fields == Fields{"A1", "Widget"});
    CHECK(r.records[2].fields.at(0) == "B2");
    CHECK(r.records[3].fields == Fields{"C3", "Thing"});
    CHECK(lines(r) == std::vector<std::int64_t>{1, 2, 3, 5});
}

TEST_CASE("blank lines are skipped but still counted", "[csv]") {
    const auto r = read_all("a,b\n\n1,2\n\n\n3,4\n\n");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].fields == Fields{"1", "2"});
    CHECK(r.records[2].fields == Fields{"3", "4"});
    CHECK(lines(r) == std::vector<std::int64_t>{1, 3, 6});

    const auto crlf = read_all("a,b\r\n\r\n1,2\r\n\r\n3,4\r\n");
    REQUIRE_FALSE(crlf.error);
    CHECK(lines(crlf) == std::vector<std::int64_t>{1, 3, 5});

    // A line of spaces is blank too, and does not shift the next record's line.
    const auto spaces = read_all("a,b\n   \n1,2\n \t\n3,4\n");
    REQUIRE_FALSE(spaces.error);
    REQUIRE(spaces.records.size() == 3);
    CHECK(lines(spaces) == std::vector<std::int64_t>{1, 3, 5});
}

TEST_CASE("text that is not UTF-8 is refused at its line", "[csv]") {
    // A Latin-1 "é", as a spreadsheet saving in a legacy code page writes it.
    const auto r = read_all("sku,name\nA1,Widget\nB2,Caf\xE9\nC3,Thing\n");
    REQUIRE(r.error);
    CHECK(r.error->line == 3);
    CHECK(r.error->field_index == 1);
    CHECK_THAT(r.error->message, Contains("UTF-8"));
    // Records before the bad one were read; none after it.
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[1].fields == Fields{"A1", "Widget"});

    // In a record that spans lines, the error names the record's first line.
    const auto multi = read_all("a,b\n\"x\ny\",ok\n\"1\n2\",\xC0\xAF\n");
    REQUIRE(multi.error);
    CHECK(multi.error->line == 4);
    CHECK(multi.error->field_index == 1);
}

TEST_CASE("an unterminated quote is refused at the record's line", "[csv]") {
    const auto r = read_all("sku,name\nA1,\"Widget\nB2,Gadget\nC3,Thing\n");
    REQUIRE(r.error);
    CHECK(r.error->line == 2);
    CHECK_THAT(r.error->message, Contains("not closed"));
    CHECK(r.records.size() == 1);
}

TEST_CASE("stray quotes are refused at their line", "[csv]") {
    const auto inside = read_all("a,b\n1,2\n3,4 \"inch\"\n");
    REQUIRE(inside.error);
    CHECK(inside.error->line == 3);
    CHECK_THAT(inside.error->message, Contains("quot"));
    CHECK(inside.records.size() == 2);

    const auto after = read_all("a,b\n\"closed\"text,2\n");
    REQUIRE(after.error);
    CHECK(after.error->line == 2);

    // In a record that spans lines, the error names the record's first line.
    const auto spanning = read_all("a,b\n1,2\n\"two\nlines\"x,3\n");
    REQUIRE(spanning.error);
    CHECK(spanning.error->line == 3);
    CHECK(spanning.records.size() == 2);
}

TEST_CASE("UTF-16 files are refused with advice", "[csv]") {
    const std::string le("\xFF\xFEs\0k\0u\0\n\0", 10);
    const CsvFile le_file(le);
    CHECK_THROWS_WITH(CsvReader(le_file.path(), CsvOptions{}), Contains("UTF-16"));
    CHECK_THROWS_WITH(CsvReader(le_file.path(), CsvOptions{}), Contains("UTF-8"));

    const std::string be("\xFE\xFF\0s\0k\0u\0\n", 10);
    const CsvFile be_file(be);
    CHECK_THROWS_AS(CsvReader(be_file.path(), CsvOptions{}), UserError);
}

TEST_CASE("a missing file is a user error", "[csv]") {
    const fs::path missing = fs::temp_directory_path() / "uplift_csv_test_no_such_file.csv";
    REQUIRE_FALSE(fs::exists(missing));
    CHECK_THROWS_WITH(CsvReader(missing, CsvOptions{}), Contains("cannot open"));
}

TEST_CASE("hostile sizes are refused, not swallowed", "[csv]") {
    SECTION("too many columns") {
        CsvOptions opt;
        opt.max_fields = 3;
        const auto r = read_all("a,b,c\n1,2,3\n1,2,3,4\n", opt);
        REQUIRE(r.error);
        CHECK(r.error->line == 3);
        CHECK(r.error->field_index == kNoField);
        CHECK_THAT(r.error->message, Contains("more than 3 columns"));
        CHECK(r.records.size() == 2);
    }
    SECTION("a record too long") {
        CsvOptions opt;
        opt.max_record_bytes = 64;
        const std::string text = "a,b\nshort,row\nlong," + std::string(200, 'x') + "\n";
        const auto r = read_all(text, opt);
        REQUIRE(r.error);
        CHECK(r.error->line == 3);
        CHECK_THAT(r.error->message, Contains("longer than 64 bytes"));
        CHECK(r.records.size() == 2);
    }
    SECTION("a quoted value that never ends within the limit") {
        CsvOptions opt;
        opt.max_record_bytes = 64;
        std::string text = "a,b\n1,\"";
        for (int i = 0; i < 50; ++i) {
            text += "more text\n";
        }
        const auto r = read_all(text, opt);
        REQUIRE(r.error);
        CHECK(r.error->line == 2);
        CHECK(r.records.size() == 1);
    }
    SECTION("a NUL byte") {
        const auto r = read_all(std::string("a,b\n1,x\0y\n", 10));
        REQUIRE(r.error);
        CHECK(r.error->line == 2);
        CHECK_THAT(r.error->message, Contains("NUL"));
    }
}

TEST_CASE("a large file streams record by record", "[csv]") {
    std::string text = "week,account,sku,units,gross_amount\n";
    for (int i = 0; i < 50000; ++i) {
        text += "2025-01-06,ACC" + std::to_string(i % 97) + ",SKU" + std::to_string(i) + "," +
                std::to_string(i % 13) + ",\"1 234,56\"\n";
    }
    const auto r = read_all(text);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.records.size() == 50001);
    CHECK(r.records[50000].line == 50001);
    CHECK(r.records[50000].fields == Fields{"2025-01-06", "ACC44", "SKU49999", "1", "1 234,56"});
}

TEST_CASE("UTF-8 validation", "[csv]") {
    const auto ok = [](const std::string& s) { return valid_utf8(s.data(), s.size()); };
    CHECK(ok(""));
    CHECK(ok("plain ascii"));
    CHECK(ok("Caf\xC3\xA9"));               // é
    CHECK(ok("\xE2\x82\xAC"));              // €
    CHECK(ok("\xF0\x9F\x98\x80"));          // emoji, four bytes
    CHECK(ok("\xF4\x8F\xBF\xBF"));          // U+10FFFF, the last code point
    CHECK(ok("\xD0\x9F\xD1\x80\xD0\xB8"));  // Cyrillic
    CHECK_FALSE(ok("\xE9"));                // Latin-1 é
    CHECK_FALSE(ok("\xC3"));                // truncated
    CHECK_FALSE(ok("\xE2\x82"));            // truncated
    CHECK_FALSE(ok("\xC0\xAF"));            // overlong '/'
    CHECK_FALSE(ok("\xE0\x80\xAF"));        // overlong
    CHECK_FALSE(ok("\xF0\x80\x80\xAF"));    // overlong
    CHECK_FALSE(ok("\xED\xA0\x80"));        // a UTF-16 surrogate
    CHECK_FALSE(ok("\xF4\x90\x80\x80"));    // beyond U+10FFFF
    CHECK_FALSE(ok("\x80"));                // a lone continuation byte
    CHECK_FALSE(ok("\xFF"));

    std::size_t bad = 0;
    const std::string s =
        "ab\xC3\xA9"
        "cd\xFF";
    CHECK_FALSE(valid_utf8(s.data(), s.size(), &bad));
    CHECK(bad == 6);
}
