// Returns, write-offs and reason codes through uplift-cli (issue 7): `returns add` prints the id,
// the exact CSV of `returns list` and `reason list`, filters, delete, `import returns` with its
// rollback, and refusals (exit 1) and misuse (exit 2) that leave the file as it was.
#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include "cli_test_support.h"

namespace {

using namespace uplift::cli_test;

struct ReturnsFile : CliFile {
    ReturnsFile() : CliFile("returns", "2025-06-30") {
        write_bytes(dir / "p.csv",
                    "sku,name,brand,category,list_price,unit_cost\n"
                    "X,Cola,Fizz,Drinks,2.00,1.00\nY,Chips,Crisp,Snacks,1.00,0.50\n");
        write_bytes(dir / "a.csv",
                    "code,name,channel,region\nA,Shop A,Super,North\nB,Shop B,Cash,South\n");
        for (const auto& args :
             std::vector<std::vector<std::string>>{{"init"},
                                                   {"import", "products", (dir / "p.csv").string()},
                                                   {"import", "accounts", (dir / "a.csv").string()},
                                                   {"user", "add", "kim", "--role", "KAM"},
                                                   {"user", "add", "fay", "--role", "FIN"},
                                                   {"user", "add", "bea", "--role", "BM"}}) {
            ok(args);
        }
    }

    // The damaged-cola return of kim, with `extra` arguments appended.
    std::vector<std::string> add(std::vector<std::string> extra = {}) const {
        std::vector<std::string> args{"returns",  "add",     "A",       "X",
                                      "--kind",   "return",  "--units", "12",
                                      "--amount", "24.00",   "--date",  "2025-03-14",
                                      "--reason", "damaged", "--note",  "crushed pallet",
                                      "--user",   "kim"};
        args.insert(args.end(), extra.begin(), extra.end());
        return args;
    }
};

// `args` with the option `name` given `value` instead (or dropped when value is empty).
std::vector<std::string> with(std::vector<std::string> args, const std::string& name,
                              const std::string& value) {
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == name) {
            if (value.empty()) {
                args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                           args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
            } else {
                args[i + 1] = value;
            }
            return args;
        }
    }
    throw std::logic_error("no option " + name);
}

const char* const kHeader = "id,kind,date,account,sku,units,amount,reason,note,entered_by\n";

}  // namespace

TEST_CASE("returns add prints the new id and returns list prints the exact CSV", "[returns]") {
    ReturnsFile f;
    CHECK(f.ok(f.add()) == "1\n");
    CHECK(f.ok({"returns", "add", "B", "Y", "--kind", "write-off", "--units", "0", "--amount",
                "15.5", "--date", "2025-03-20", "--reason", "PRICING_ERROR", "--note",
                "invoice 7, line 2", "--user", "fay"}) == "2\n");
    CHECK(f.ok({"returns", "list", "--format", "csv"}) ==
          std::string(kHeader) +
              "1,return,2025-03-14,A,X,12,24.00,DAMAGED,crushed pallet,kim\n"
              "2,write_off,2025-03-20,B,Y,0,15.50,PRICING_ERROR,\"invoice 7, line 2\",fay\n");
    CHECK(f.ok({"returns", "list", "--account", "B", "--format", "csv"}) ==
          std::string(kHeader) +
              "2,write_off,2025-03-20,B,Y,0,15.50,PRICING_ERROR,\"invoice 7, line 2\",fay\n");
    CHECK(f.ok({"returns", "list", "--kind", "return", "--format", "csv"}) ==
          std::string(kHeader) + "1,return,2025-03-14,A,X,12,24.00,DAMAGED,crushed pallet,kim\n");
    CHECK(f.ok({"returns", "list", "--from", "2025-03-15", "--to", "2025-03-31", "--format",
                "csv"}) == std::string(kHeader) +
                               "2,write_off,2025-03-20,B,Y,0,15.50,PRICING_ERROR,\"invoice 7, "
                               "line 2\",fay\n");
    CHECK(f.ok({"returns", "list", "--to", "2025-03-14", "--format", "csv"}) ==
          std::string(kHeader) + "1,return,2025-03-14,A,X,12,24.00,DAMAGED,crushed pallet,kim\n");
    CHECK(f.ok({"returns", "list", "--from", "2025-04-01", "--format", "csv"}) == kHeader);

    const auto json = nlohmann::json::parse(f.ok({"returns", "list", "--format", "json"}));
    REQUIRE(json["rows"].size() == 2);
    CHECK(json["rows"][0]["id"] == 1);
    CHECK(json["rows"][0]["kind"] == "return");
    CHECK(json["rows"][0]["units"] == 12);
    CHECK(json["rows"][1]["amount"] == 15.5);
    CHECK(json["rows"][1]["note"] == "invoice 7, line 2");
    const std::string table = f.ok({"returns", "list"});
    CHECK(table.starts_with("id"));
    CHECK_THAT(table, Catch::Contains("PRICING_ERROR"));

    // Each action left one audit row naming its user.
    CHECK(query_text(f.db,
                     "SELECT group_concat(user_name, ',') FROM audit_log WHERE entity = "
                     "'return'") == "kim,fay");
}

TEST_CASE("returns add refuses wrong users and values (exit 1) and misuse (exit 2)", "[returns]") {
    ReturnsFile f;
    f.ok(f.add());
    f.refused(with(f.add(), "--user", "bea"),
              "user 'bea' may not enter returns and write-offs (needs the right 'returns.enter')");
    f.refused(with(f.add(), "--reason", "GOODWILL"),
              "unknown reason code 'GOODWILL' (one of COMPETITIVE, DAMAGED");
    f.refused({"returns", "add", "ZZ", "X", "--kind", "return", "--units", "1", "--amount", "1",
               "--date", "2025-03-14", "--reason", "OTHER"},
              "unknown account 'ZZ'");
    f.refused({"returns", "add", "A", "NOPE", "--kind", "return", "--units", "1", "--amount", "1",
               "--date", "2025-03-14", "--reason", "OTHER"},
              "unknown sku 'NOPE'");
    f.refused(with(f.add(), "--units", "-3"), "units must not be negative (got -3)");
    f.refused(with(f.add(), "--units", "2.5"), "--units: '2.5' is not a whole number", 2);
    f.refused(with(f.add(), "--amount", "-1"), "amount must not be negative");
    f.refused(with(f.add(), "--amount", "ten"), "ten");
    f.refused(with(with(f.add(), "--amount", "0"), "--units", "0"), "units and amount are both 0");
    f.refused(with(f.add(), "--date", "2025-02-30"), "--date: '2025-02-30' is not a date", 2);
    f.refused(with(f.add(), "--user", "nobody"), "nobody");

    f.refused(with(f.add(), "--kind", ""), "--kind is required", 2);
    f.refused(with(f.add(), "--units", ""), "--units is required", 2);
    f.refused(with(f.add(), "--amount", ""), "--amount is required", 2);
    f.refused(with(f.add(), "--date", ""), "--date is required", 2);
    f.refused(with(f.add(), "--reason", ""), "--reason is required", 2);
    f.refused(with(f.add(), "--kind", "refund"), "--kind: 'refund' is not return or write-off", 2);
    f.refused({"returns", "add", "A"}, "usage: returns add ACCOUNT SKU", 2);
    f.refused({"returns", "add", "A", "X", "Z", "--kind", "return"}, "usage:", 2);
    f.refused({"returns"}, "missing add, list or delete", 2);
    f.refused({"returns", "frob"}, "unknown returns command 'frob'", 2);
    f.refused({"returns", "list", "--format", "xml"}, "--format: 'xml' is not table, csv or json",
              2);
    f.refused({"returns", "list", "--kind", "gift"}, "'gift' is not return or write-off", 2);
    f.refused({"returns", "list", "--bogus"}, "unknown option '--bogus'", 2);
    f.refused({"returns", "list", "--account", "ZZ"}, "unknown account 'ZZ'");
    f.refused({"returns", "list", "--from", "April"}, "--from: 'April' is not a date", 2);
    f.refused({"returns", "list", "--from", "2025-04-01", "--to", "2025-03-01"},
              "--to 2025-03-01 is before --from 2025-04-01");
    CHECK(query_text(f.db, "SELECT count(*) FROM returns") == "1");
}

TEST_CASE("returns delete takes back an entered one; imported ones go with their batch",
          "[returns]") {
    ReturnsFile f;
    f.ok(f.add());
    write_bytes(f.dir / "r.csv",
                "date,account,sku,kind,units,amount,reason,note\n"
                "2025-03-03,A,X,return,10,20.00,DAMAGED,broken caps\n"
                "2025-03-04,B,Y,write-off,0,15.50,pricing_error,\n");
    CHECK_THAT(f.ok({"import", "returns", (f.dir / "r.csv").string(), "--user", "kim"}),
               Catch::Contains("batch 3, 2 rows: 2 inserted"));
    f.refused({"returns", "delete", "2", "--user", "kim"},
              "return 2 was imported in batch 3; roll the batch back to take it back "
              "(uplift-cli rollback 3)");
    f.refused({"returns", "delete", "1", "--user", "bea"}, "may not delete returns");
    f.refused({"returns", "delete", "99"}, "there is no return or write-off 99");
    f.refused({"returns", "delete", "abc"}, "'abc' is not a return id", 2);
    f.refused({"returns", "delete"}, "missing ID", 2);

    CHECK(f.ok({"returns", "delete", "1", "--reason", "typed twice", "--user", "fay"}) ==
          "return 1 deleted\n");
    CHECK(query_text(f.db,
                     "SELECT reason FROM audit_log WHERE entity = 'return' AND action = "
                     "'delete'") == "typed twice");
    f.ok({"rollback", "3", "--user", "fay"});
    CHECK(f.ok({"returns", "list", "--format", "csv"}) == kHeader);
}

TEST_CASE("import returns: a good file in, a bad one refused by line and column", "[returns]") {
    ReturnsFile f;
    write_bytes(f.dir / "bad.csv",
                "date,account,sku,kind,units,amount,reason\n"
                "2025-03-03,A,X,return,10,20.00,DAMAGED\n"
                "2025-03-04,B,Y,write_off,1,2.0.0,OTHER\n");
    f.refused({"import", "returns", (f.dir / "bad.csv").string()},
              "bad.csv, line 3, column 'amount': '2.0.0' is not an amount");
    write_bytes(f.dir / "nocol.csv", "date,account,sku,units,amount,reason\n");
    f.refused({"import", "returns", (f.dir / "nocol.csv").string()},
              "nocol.csv, line 1, column 'kind': required column is missing");
    f.refused({"import", "returns", (f.dir / "bad.csv").string(), "--user", "bea"},
              "may not import returns (needs the right 'import.returns')");
    f.refused({"import", "refunds", (f.dir / "bad.csv").string()},
              "unknown import kind 'refunds' (products, accounts, prices, actuals, promotions, "
              "claims, targets, inventory, returns)",
              2);

    write_bytes(f.dir / "good.csv",
                "date,account,sku,kind,units,amount,reason,note\n"
                "2025-03-03,A,X,return,10,20.00,DAMAGED,\n");
    CHECK_THAT(f.ok({"import", "returns", (f.dir / "good.csv").string(), "--user", "fay"}),
               Catch::Contains("1 rows: 1 inserted"));
    CHECK(f.ok({"returns", "list", "--format", "csv"}) ==
          std::string(kHeader) + "1,return,2025-03-03,A,X,10,20.00,DAMAGED,,fay\n");
    CHECK_THAT(f.ok({"batches"}), Catch::Contains(",returns,good.csv,"));
}

TEST_CASE("reason list prints the catalogue; Admin adds a code", "[returns][reasons]") {
    ReturnsFile f;
    const std::string seeded =
        "code,description,active\n"
        "COMPETITIVE,Matching a competitor,1\n"
        "DAMAGED,Damaged goods,1\n"
        "DISPLAY,Display in store,1\n"
        "EXPIRED,Expired or short-dated goods,1\n"
        "FEATURE,Feature in the retailer's leaflet,1\n"
        "LISTING,Listing a new sku,1\n"
        "OTHER,Other,1\n"
        "PRICING_ERROR,Wrong price invoiced,1\n"
        "TPR,Temporary price reduction,1\n"
        "VOLUME,Volume commitment,1\n";
    CHECK(f.ok({"reason", "list", "--format", "csv"}) == seeded);
    CHECK(f.ok({"reason", "add", "recall", "--description", "Product recall"}) ==
          "reason code RECALL added\n");
    CHECK_THAT(f.ok({"reason", "list", "--format", "csv", "--user", "kim"}),
               Catch::Contains("PRICING_ERROR,Wrong price invoiced,1\nRECALL,Product recall,1\n"));
    const auto json = nlohmann::json::parse(f.ok({"reason", "list", "--format", "json"}));
    CHECK(json["rows"].size() == 11);
    CHECK(json["rows"][0]["code"] == "COMPETITIVE");
    CHECK(json["rows"][0]["active"] == 1);
    // The new code is usable at once.
    CHECK(f.ok(with(f.add(), "--reason", "Recall")) == "1\n");

    f.refused({"reason", "add", "RECALL"}, "reason code RECALL exists already");
    f.refused({"reason", "add", "NEW-ONE"}, "must be 1 to 32 letters, digits or _");
    f.refused({"reason", "add", "LATE", "--user", "kim"},
              "user 'kim' may not add reason codes (needs the right 'masterdata.edit')");
    f.refused({"reason", "add"}, "missing CODE", 2);
    f.refused({"reason"}, "missing list or add", 2);
    f.refused({"reason", "drop", "OTHER"}, "unknown reason command 'drop'", 2);
    f.refused({"reason", "list", "--format", "pdf"}, "is not table, csv or json", 2);
}
