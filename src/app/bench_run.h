#pragma once
// `uplift FILE --bench`: times, inside the application, what a user waits for on the real
// window, and prints one `name=value` line per figure to the given stream (milliseconds with
// one decimal; names ending in _rows, _bars, _pages, _updates or _ok are counts):
//   gui.window_shown_ms            start of main() to the end of the window's first frame
//   gui.promotions_open_ms         the Promotions section shown for the first time
//   gui.promotion_filter_ms        a text typed in the list's filter box, list repainted
//   gui.promotion_filter_rows      rows the list shows then
//   gui.promotion_filter_clear_ms  the filter box emptied again, list repainted
//   gui.calendar_year_ms           calendar tab, year zoom, every account laid out, first view
//   gui.calendar_rows / _bars      account rows and promotion bars laid out
//   gui.calendar_scroll_ms         every page of that year over every row painted, in turn
//   gui.calendar_scroll_pages      how many viewport pages that was
//   gui.calendar_scroll_max_page_ms  the slowest of those pages (what scrolling feels like)
// and with an import file, through the Imports section's wizard like a user:
//   gui.import_ms, gui.import_rows, gui.import_max_stall_ms, gui.import_progress_updates,
//   gui.import_cancel_ms, gui.import_cancel_ok
// It only presses buttons, types and scrolls; what it measures is the widgets' own work.
#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTextStream;
class QWidget;

namespace uplift::app {

class ImportWizard;
class MainWindow;

struct BenchOptions {
    QString importFile;        // an actuals CSV (--bench-import); empty: no import is timed
    int cancelAfterMs = 1000;  // the second import is cancelled this long after it starts
};

class BenchRun : public QObject {
    Q_OBJECT
  public:
    // Watches `window` for its first paint from now on: create it before showing the window.
    // `sinceStart` runs from the top of main(), before the QApplication was built.
    BenchRun(MainWindow& window, const QElapsedTimer& sinceStart, BenchOptions options,
             QTextStream& out);

    // Runs every step in turn (each with its own event loop) and returns the exit code: 0 when
    // all were measured, 1 when one could not be (the reason goes to stderr).
    int run();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    bool timeWindowShown();
    bool timePromotionFilter();
    bool timeCalendarYear();
    bool timeImport();
    bool timeCancelledImport();
    // The Imports section's wizard filled in for the import file, at its commit page.
    ImportWizard* wizardReadyToCommit();

    void print(const char* key, double ms);
    void printCount(const char* key, qint64 count);
    bool fail(const QString& why);

    MainWindow& window_;
    const QElapsedTimer& sinceStart_;
    BenchOptions options_;
    QTextStream& out_;
    qint64 firstFrameNs_ = -1;  // set once the window's first frame is painted
    bool paintSeen_ = false;
};

}  // namespace uplift::app
