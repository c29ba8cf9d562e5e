// The pivot builder driven offscreen: a layout built by dropping fields from the Fields list
// onto the zones (a real QDropEvent carrying the list's own drag data), by the keyboard
// (Return on a field) and by choosing an aggregate in place; Run works in the background and
// shows the cells the core's run_pivot gives for the same layout (and the hand-computed ones);
// a layout saved under a name reopens as it was; Delete takes an entry out of a zone; the table
// exports as the CLI's CSV.
//
// Actuals of the test data (gui_fixture.cpp): STORE1 (Traditional) P001 144.00 and P003 11.00,
// STORE2 (Modern) P002 84.00, all brand Fizz: Fizz × channel = Modern 84.00, Traditional
// 155.00, Total 239.00.
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app_session.h"
#include "db/uplift_file.h"
#include "gui_fixture.h"
#include "pivot_builder.h"
#include "pivot_drop_zone.h"
#include "pivot_field_list.h"
#include "report_table_model.h"
#include "reports/pivot_run.h"
#include "security/action_context.h"
#include "text_conversions.h"
#include "workflows/imports.h"

using namespace uplift;
using namespace uplift::app;
using namespace uplift::app::test;

namespace {

QListWidgetItem* pivotFieldItem(PivotFieldList* fields, const QString& name) {
    for (int r = 0; r < fields->count(); ++r) {
        if (fields->item(r)->data(kPivotFieldNameRole).toString() == name) {
            return fields->item(r);
        }
    }
    return nullptr;
}

QStringList pivotZoneNames(const PivotDropZone* zone) {
    QStringList out;
    for (int r = 0; r < zone->count(); ++r) {
        out << zone->item(r)->data(kPivotFieldNameRole).toString();
    }
    return out;
}

QStringList pivotModelRow(const QAbstractItemModel* m, int row) {
    QStringList out;
    for (int c = 0; c < m->columnCount(); ++c) {
        out << (row < 0 ? m->headerData(c, Qt::Horizontal).toString()
                        : m->index(row, c).data().toString());
    }
    return out;
}

QStringList pivotCells(const std::vector<std::string>& cells) {
    QStringList out;
    for (const std::string& c : cells) {
        out << qs(c);
    }
    return out;
}

}  // namespace

class PivotGuiTest : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase();
    void cleanupTestCase();

    void buildsALayoutByDragAndKeyboard();
    void runsInTheBackgroundAsTheCore();
    void savesAndReopensALayout();
    void deleteKeyRemovesFromAZone();

  private:
    // Drops field `name` of the Fields list onto `zone` as a drag from the list would.
    void dropField(const QString& name, PivotDropZone* zone);
    void runAndWait();
    void expectCoreTable();

    QTemporaryDir dir_;
    QString db_;
    std::unique_ptr<AppSession> session_;
    std::unique_ptr<PivotBuilder> builder_;
};

void PivotGuiTest::initTestCase() {
    quietOffscreenWarnings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(dir_.isValid());
    db_ = dir_.filePath(QStringLiteral("pivot.uplift"));
    QVERIFY(writeTestData(dir_.path(), db_));
    {
        db::Connection conn = db::open_file(toPath(db_));
        const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
        import_file(conn, admin, ImportKind::Actuals,
                    toPath(dir_.filePath(QStringLiteral("actuals.csv"))));
    }
    SessionOptions options;
    options.today = kToday;
    session_ = AppSession::open(db_, options);
    builder_ = std::make_unique<PivotBuilder>(*session_);
    builder_->resize(1200, 800);
    builder_->show();
    QVERIFY(QTest::qWaitForWindowExposed(builder_.get()));
    builder_->reload();
    QCOMPARE(builder_->savedCombo()->count(), 0);
}

void PivotGuiTest::cleanupTestCase() {
    builder_.reset();
    session_.reset();
}

void PivotGuiTest::dropField(const QString& name, PivotDropZone* zone) {
    PivotFieldList* fields = builder_->fieldList();
    QListWidgetItem* item = pivotFieldItem(fields, name);
    QVERIFY2(item != nullptr, qPrintable(name));
    // The list's own drag data, as QAbstractItemView::startDrag would carry it.
    std::unique_ptr<QMimeData> data(
        fields->model()->mimeData({fields->model()->index(fields->row(item), 0)}));
    QVERIFY(data != nullptr);
    const QPointF at = QPointF(zone->viewport()->rect().center());
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(zone->viewport(), &enter);
    QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(zone->viewport(), &drop);
}

void PivotGuiTest::runAndWait() {
    QSignalSpy finished(builder_.get(), &PivotBuilder::finished);
    QTest::mouseClick(builder_->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY(!builder_->isRunning());
    QVERIFY(builder_->hasResult());
}

void PivotGuiTest::expectCoreTable() {
    const ReportTable expected = run_pivot(toPath(db_), builder_->pivotLayout());
    // The rows, then the Total row pinned after them.
    std::vector<std::vector<std::string>> rows = expected.rows;
    rows.insert(rows.end(), expected.totals.begin(), expected.totals.end());
    const ReportTableModel* model = builder_->model();
    QCOMPARE(pivotModelRow(model, -1), pivotCells(expected.header));
    QCOMPARE(model->rowCount(), static_cast<int>(rows.size()));
    QCOMPARE(model->detailRowCount(), static_cast<int>(expected.rows.size()));
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(pivotModelRow(model, r), pivotCells(rows[static_cast<std::size_t>(r)]));
    }
}

void PivotGuiTest::buildsALayoutByDragAndKeyboard() {
    QComboBox* source = builder_->sourceCombo();
    source->setCurrentIndex(source->findData(QStringLiteral("v_sales_weekly")));
    QVERIFY(pivotFieldItem(builder_->fieldList(), QStringLiteral("brand")) != nullptr);
    PivotDropZone* rows = builder_->zone(PivotBuilder::Zone::Rows);
    PivotDropZone* columns = builder_->zone(PivotBuilder::Zone::Columns);
    PivotDropZone* values = builder_->zone(PivotBuilder::Zone::Values);

    dropField(QStringLiteral("brand"), rows);
    dropField(QStringLiteral("channel"), columns);
    QCOMPARE(pivotZoneNames(rows), QStringList{QStringLiteral("brand")});
    QCOMPARE(pivotZoneNames(columns), QStringList{QStringLiteral("channel")});
    // A measure is not a row dimension: the drop is refused.
    dropField(QStringLiteral("gross_amount"), rows);
    QCOMPARE(pivotZoneNames(rows), QStringList{QStringLiteral("brand")});

    // Return on a measure adds it to Values with its first aggregate.
    PivotFieldList* fields = builder_->fieldList();
    fields->setFocus();
    fields->setCurrentItem(pivotFieldItem(fields, QStringLiteral("gross_amount")));
    QTest::keyClick(fields, Qt::Key_Return);
    QCOMPARE(pivotZoneNames(values), QStringList{QStringLiteral("gross_amount")});

    const PivotLayout layout = builder_->pivotLayout();
    QCOMPARE(layout.source, std::string("v_sales_weekly"));
    QCOMPARE(layout.values.size(), std::size_t{1});
    QVERIFY(layout.values[0].aggregate == PivotAggregate::Sum);
}

void PivotGuiTest::runsInTheBackgroundAsTheCore() {
    runAndWait();
    const ReportTableModel* model = builder_->model();
    // Worked out by hand (see the top of this file).
    QCOMPARE(pivotModelRow(model, -1),
             (QStringList{QStringLiteral("brand"), QStringLiteral("Modern"),
                          QStringLiteral("Traditional"), QStringLiteral("Total")}));
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->isTotal(1));
    QCOMPARE(pivotModelRow(model, 0),
             (QStringList{QStringLiteral("Fizz"), QStringLiteral("84.00"), QStringLiteral("155.00"),
                          QStringLiteral("239.00")}));
    expectCoreTable();

    // A second measure dropped on Values, its aggregate chosen in place: the average.
    PivotDropZone* values = builder_->zone(PivotBuilder::Zone::Values);
    dropField(QStringLiteral("units"), values);
    QCOMPARE(values->count(), 2);
    auto* aggregate = values->itemWidget(values->item(1))->findChild<QComboBox*>();
    QVERIFY(aggregate != nullptr);
    aggregate->setCurrentIndex(aggregate->findData(QStringLiteral("avg")));
    QVERIFY(builder_->pivotLayout().values[1] == (PivotValue{"units", PivotAggregate::Avg}));
    runAndWait();
    QCOMPARE(builder_->model()->columnCount(), 1 + 3 * 2);
    expectCoreTable();
    snapshot(builder_.get(), "pivot");
    // (120 + 40 + 10) units over 3 detail rows.
    QCOMPARE(builder_->model()->index(1, 6).data().toString(), QStringLiteral("56.67"));

    const QString csv = dir_.filePath(QStringLiteral("pivot.csv"));
    QString error;
    QVERIFY2(builder_->exportTo(csv, ReportFileFormat::Csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray::fromStdString(
                              reportCsv(builder_->model()->table(), ReportFileFormat::Csv)));
}

void PivotGuiTest::savesAndReopensALayout() {
    // A filter typed in the Filters zone travels with the layout.
    PivotDropZone* filters = builder_->zone(PivotBuilder::Zone::Filters);
    dropField(QStringLiteral("region"), filters);
    QCOMPARE(filters->count(), 1);
    auto* values = filters->itemWidget(filters->item(0))->findChild<QLineEdit*>();
    QVERIFY(values != nullptr);
    QTest::keyClicks(values, QStringLiteral("South; North"));
    const PivotLayout saved = builder_->pivotLayout();
    QCOMPARE(saved.filters.size(), std::size_t{1});
    QCOMPARE(saved.filters[0].values, (std::vector<std::string>{"South", "North"}));

    QSignalSpy changed(builder_.get(), &PivotBuilder::layoutsChanged);
    QVERIFY(builder_->saveLayoutAs(QStringLiteral("Fizz by channel")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(builder_->savedCombo()->count(), 1);
    QCOMPARE(builder_->savedCombo()->itemText(0), QStringLiteral("Fizz by channel"));

    // Another source clears the zones; the saved layout brings them back.
    QComboBox* source = builder_->sourceCombo();
    source->setCurrentIndex(source->findData(QStringLiteral("v_returns")));
    QVERIFY(builder_->pivotLayout().rows.empty());
    QVERIFY(builder_->openSavedLayout(QStringLiteral("Fizz by channel")));
    QVERIFY(builder_->pivotLayout() == saved);
    QCOMPARE(source->currentData().toString(), QStringLiteral("v_sales_weekly"));
    runAndWait();
    expectCoreTable();
}

void PivotGuiTest::deleteKeyRemovesFromAZone() {
    PivotDropZone* columns = builder_->zone(PivotBuilder::Zone::Columns);
    QCOMPARE(columns->count(), 1);
    columns->setFocus();
    columns->setCurrentRow(0);
    QTest::keyClick(columns, Qt::Key_Delete);
    QCOMPARE(columns->count(), 0);
    runAndWait();
    QCOMPARE(pivotModelRow(builder_->model(), -1),
             (QStringList{QStringLiteral("brand"), QStringLiteral("sum_gross_amount"),
                          QStringLiteral("avg_units")}));
    expectCoreTable();
    QVERIFY(builder_->deleteSavedLayout(QStringLiteral("Fizz by channel")));
    QCOMPARE(builder_->savedCombo()->count(), 0);
}

namespace uplift::app::test {

int runPivotGuiTest(int argc, char** argv) {
    PivotGuiTest test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace uplift::app::test

#include "pivot_gui_test.moc"
