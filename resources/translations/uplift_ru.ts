<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CalendarLayout</name>
    <message>
        <source>(no group)</source>
        <translation>(без группы)</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>Н%1</translation>
    </message>
    <message>
        <source>Accounts by channel</source>
        <translation>Клиенты по каналам</translation>
    </message>
    <message>
        <source>Brands by category</source>
        <translation>Бренды по категориям</translation>
    </message>
</context>
<context>
    <name>ClaimSettlementCommand</name>
    <message>
        <source>claim %1 has nothing left to settle</source>
        <translation>по претензии %1 больше нечего урегулировать</translation>
    </message>
    <message>
        <source>Settlement refused</source>
        <translation>Урегулирование отклонено</translation>
    </message>
    <message>
        <source>Settlement not undone</source>
        <translation>Урегулирование не отменено</translation>
    </message>
    <message>
        <source>write-off of %1 on claim %2</source>
        <translation>списание %1 по претензии %2</translation>
    </message>
    <message>
        <source>settlement of %1 on claim %2</source>
        <translation>урегулирование %1 по претензии %2</translation>
    </message>
</context>
<context>
    <name>DisaggregateCommand</name>
    <message>
        <source>Disaggregate %1</source>
        <translation>Разбивка %1</translation>
    </message>
    <message>
        <source>Disaggregation not saved</source>
        <translation>Разбивка не сохранена</translation>
    </message>
    <message>
        <source>Disaggregation not undone</source>
        <translation>Разбивка не отменена</translation>
    </message>
</context>
<context>
    <name>FundAllocationCommand</name>
    <message>
        <source>Allocation refused</source>
        <translation>Выделение отклонено</translation>
    </message>
    <message>
        <source>Allocation not undone</source>
        <translation>Выделение не отменено</translation>
    </message>
    <message>
        <source>allocation of %1 to %2</source>
        <translation>выделение %1 фонду %2</translation>
    </message>
</context>
<context>
    <name>FundLevel</name>
    <message>
        <source>at the warning level</source>
        <translation>на уровне предупреждения</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>сверх бюджета</translation>
    </message>
</context>
<context>
    <name>FundText</name>
    <message>
        <source>Allocation</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <source>Accrual</source>
        <translation>Начисление</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Commitment change</source>
        <translation>Изменение обязательства</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Высвобождение</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>Фактический расход</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Перевод в фонд</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Перевод из фонда</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>фиксированный</translation>
    </message>
    <message>
        <source>accrual %1 of gross sales</source>
        <translation>начисляемый, %1 валовых продаж</translation>
    </message>
    <message>
        <source>accrual %1 per unit</source>
        <translation>начисляемый, %1 за единицу</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>no period limit</source>
        <translation>без ограничения срока</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Выделено</translation>
    </message>
    <message>
        <source>Accrued</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Переводы в фонд</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Переводы из фонда</translation>
    </message>
    <message>
        <source>Distributed to sub-funds</source>
        <translation>Распределено в подфонды</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Открытые обязательства</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Expected spend to date</source>
        <translation>Ожидаемый расход на сегодня</translation>
    </message>
    <message>
        <source>Utilisation: %1 (warning at %2)</source>
        <translation>Использование: %1 (предупреждение при %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Cash limit: %1</source>
        <translation>Лимит денежных выплат: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Владелец: %1</translation>
    </message>
</context>
<context>
    <name>FundTransferCommand</name>
    <message>
        <source>Transfer refused</source>
        <translation>Перевод отклонён</translation>
    </message>
    <message>
        <source>Transfer not undone</source>
        <translation>Перевод не отменён</translation>
    </message>
    <message>
        <source>transfer of %1 from %2 to %3</source>
        <translation>перевод %1 из %2 в %3</translation>
    </message>
</context>
<context>
    <name>PromotionDetails</name>
    <message>
        <source>Campaign: %1</source>
        <translation>Кампания: %1</translation>
    </message>
    <message>
        <source>In store %1 – %2, ship from %3</source>
        <translation>В магазине %1 – %2, отгрузка с %3</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Позиции: %1</translation>
    </message>
    <message>
        <source>Planned spend: %1</source>
        <translation>Плановые затраты: %1</translation>
    </message>
    <message>
        <source>planned ROI %1</source>
        <translation>плановый ROI %1</translation>
    </message>
    <message>
        <source>post-event ROI %1 (actual spend %2)</source>
        <translation>фактический ROI %1 (фактические затраты %2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>ROI: %1</source>
        <translation>ROI: %1</translation>
    </message>
    <message>
        <source>Figures unavailable: %1</source>
        <translation>Показатели недоступны: %1</translation>
    </message>
    <message>
        <source>Overlaps %1 on %2 (%3 – %4)</source>
        <translation>Пересекается с %1 по %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Дважды щёлкните, чтобы открыть</translation>
    </message>
</context>
<context>
    <name>PromotionStatusStyle</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Рассчитана</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>На согласование</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Cancel promotion</source>
        <translation>Отменить промоакцию</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
</context>
<context>
    <name>RepFileJobs</name>
    <message>
        <source>unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Brand manager</source>
        <translation>Бренд-менеджер</translation>
    </message>
    <message>
        <source>Key-account manager</source>
        <translation>Менеджер по ключевым клиентам</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Руководитель продаж</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Торговый представитель</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Прайс-листы</translation>
    </message>
    <message>
        <source>Actuals (weekly sales)</source>
        <translation>Факт (недельные продажи)</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Промоакции</translation>
    </message>
    <message>
        <source>Claims and deductions</source>
        <translation>Претензии и удержания</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Остатки</translation>
    </message>
    <message>
        <source>Returns and write-offs</source>
        <translation>Возвраты и списания</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>(new money)</source>
        <translation>(новые деньги)</translation>
    </message>
    <message>
        <source>When a promotion closes, return its unspent commitment to the parent fund.</source>
        <translation>Когда промоакция закрывается, вернуть её неизрасходованное обязательство в родительский фонд.</translation>
    </message>
    <message>
        <source>When a promotion closes, if its fund is %1 or below it, return its unspent commitment to the parent fund.</source>
        <translation>Когда промоакция закрывается, если её фонд — %1 или ниже него, вернуть её неизрасходованное обязательство в родительский фонд.</translation>
    </message>
    <message>
        <source>On %1, if %2 is used below %3, move %4 of its available to %5.</source>
        <translation>%1: если %2 использован меньше чем на %3, перенести %4 его доступного остатка в %5.</translation>
    </message>
    <message>
        <source>When account %1 reaches %2 of its %3 target, add %4 to %5.</source>
        <translation>Когда клиент %1 достигает %2 своей цели за %3, добавить %4 в %5.</translation>
    </message>
</context>
<context>
    <name>TacticText</name>
    <message>
        <source>% off list</source>
        <translation>% от прайса</translation>
    </message>
    <message>
        <source>Off per unit</source>
        <translation>Скидка на единицу</translation>
    </message>
    <message>
        <source>Off invoice</source>
        <translation>Скидка в накладной</translation>
    </message>
    <message>
        <source>Bill-back</source>
        <translation>Возврат по счёту</translation>
    </message>
    <message>
        <source>Scan-back</source>
        <translation>Возврат по продажам</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Фиксированная плата</translation>
    </message>
    <message>
        <source>Multi-buy</source>
        <translation>Мультипокупка</translation>
    </message>
    <message>
        <source>%1 per unit</source>
        <translation>%1 за единицу</translation>
    </message>
    <message>
        <source>%1 (fund %2)</source>
        <translation>%1 (фонд %2)</translation>
    </message>
</context>
<context>
    <name>TargetEditCommand</name>
    <message>
        <source>Targets not changed</source>
        <translation>Цели не изменены</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Uplift trade-promotion management.</source>
        <translation>Uplift — управление трейд-маркетингом.</translation>
    </message>
    <message>
        <source>The Uplift file to open (default: the most recent).</source>
        <translation>Файл Uplift для открытия (по умолчанию — последний открытый).</translation>
    </message>
    <message>
        <source>The business date (default: the system date).</source>
        <translation>Рабочая дата «сегодня» (по умолчанию — системная дата).</translation>
    </message>
    <message>
        <source>uplift: --today: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>uplift: --today: «%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>uplift: --section: unknown section &apos;%1&apos;</source>
        <translation>uplift: --section: неизвестный раздел «%1»</translation>
    </message>
    <message>
        <source>The acting user (default: admin; in a rep file, its rep).</source>
        <translation>Действующий пользователь (по умолчанию admin; в файле представителя — сам представитель).</translation>
    </message>
    <message>
        <source>Time opening FILE, filtering promotions and the calendar, print the figures and exit.</source>
        <translation>Замерить открытие FILE, фильтр промоакций и календарь, вывести цифры и выйти.</translation>
    </message>
    <message>
        <source>With --bench: also time importing CSV as actuals into FILE through the import wizard, and cancelling it.</source>
        <translation>С --bench: также замерить импорт CSV как факта продаж в FILE через мастер импорта и его отмену.</translation>
    </message>
    <message>
        <source>uplift: --bench needs FILE, and --bench-import needs --bench</source>
        <translation>uplift: для --bench нужен FILE, для --bench-import нужен --bench</translation>
    </message>
    <message>
        <source>uplift: cannot open %1</source>
        <translation>uplift: не удалось открыть %1</translation>
    </message>
    <message>
        <source>The section to show: promotions, funds, products, accounts, prices, imports, users, targets, discounts, reports, dashboard, pivot (the first saved pivot, run) or sql (the SQL console) (default: the last one shown).</source>
        <translation>Раздел, который показать: promotions, funds, products, accounts, prices, imports, users, targets, discounts, reports, dashboard, pivot (первая сохранённая сводная таблица, построенная) или sql (SQL-консоль) (по умолчанию — последний показанный).</translation>
    </message>
</context>
<context>
    <name>uplift::app</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Russian Excel (*.csv)</source>
        <translation>CSV для русского Excel (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>uplift::app::AccountTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Головной клиент</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Торговый представитель</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>изменение поля «%1» у %2</translation>
    </message>
    <message>
        <source>The account is no longer in the list; reload and try again.</source>
        <translation>Клиента больше нет в списке; обновите список и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>uplift::app::AccountsSection</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Read-only: changing accounts needs the right “%1”.</source>
        <translation>Только просмотр: для изменения клиентов нужно право «%1».</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Изменение отклонено</translation>
    </message>
</context>
<context>
    <name>uplift::app::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>e.g. jsmith</source>
        <translation>например, ivanov</translation>
    </message>
    <message>
        <source>e.g. Jane Smith</source>
        <translation>например, Иван Иванов</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное имя:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
</context>
<context>
    <name>uplift::app::BackgroundJob</name>
    <message>
        <source>unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>uplift::app::BackgroundProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>uplift::app::BatchListView</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>&amp;Откатить…</translation>
    </message>
    <message>
        <source>Rolling a batch back restores exactly what it replaced; a later batch that changed the same rows must be rolled back first.</source>
        <translation>Откат пакета в точности восстанавливает то, что он заменил; более поздний пакет, изменивший те же строки, нужно откатить первым.</translation>
    </message>
    <message>
        <source>Select a batch to roll it back.</source>
        <translation>Выберите пакет, чтобы откатить его.</translation>
    </message>
    <message>
        <source>This batch is already rolled back.</source>
        <translation>Этот пакет уже откачен.</translation>
    </message>
    <message>
        <source>Rolling this batch back needs the right “%1”.</source>
        <translation>Для отката этого пакета нужно право «%1».</translation>
    </message>
    <message>
        <source>Import a CSV file of products, accounts, prices or actuals (Ctrl+I)</source>
        <translation>Импорт CSV-файла с товарами, клиентами, ценами или фактическими продажами (Ctrl+I)</translation>
    </message>
    <message>
        <source>Importing needs an import right (e.g. “import.actuals”).</source>
        <translation>Для импорта нужно право на импорт (например, «import.actuals»).</translation>
    </message>
    <message>
        <source>Roll back batch</source>
        <translation>Откат пакета</translation>
    </message>
    <message>
        <source>Roll back batch %1? Everything it imported is removed and what it replaced is restored.</source>
        <translation>Откатить пакет %1? Всё, что он загрузил, будет удалено, а то, что он заменил, — восстановлено.</translation>
    </message>
    <message>
        <source>Roll back refused</source>
        <translation>Откат отклонён</translation>
    </message>
    <message>
        <source>Roll back failed</source>
        <translation>Откат не удался</translation>
    </message>
</context>
<context>
    <name>uplift::app::BatchTableModel</name>
    <message>
        <source>rolled back</source>
        <translation>откачен</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Загружен</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>uplift::app::BenchRun</name>
    <message>
        <source>uplift: --bench: %1</source>
        <translation>uplift: --bench: %1</translation>
    </message>
    <message>
        <source>the window was never painted</source>
        <translation>окно так и не было отрисовано</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>файл не открыт</translation>
    </message>
    <message>
        <source>the window has no Promotions section</source>
        <translation>в окне нет раздела «Промоакции»</translation>
    </message>
    <message>
        <source>the promotion list was never painted</source>
        <translation>список акций так и не был отрисован</translation>
    </message>
    <message>
        <source>the filtered list was never painted</source>
        <translation>отфильтрованный список так и не был отрисован</translation>
    </message>
    <message>
        <source>the list was never painted</source>
        <translation>список так и не был отрисован</translation>
    </message>
    <message>
        <source>the calendar has no Year button</source>
        <translation>в календаре нет кнопки «Год»</translation>
    </message>
    <message>
        <source>the calendar was never painted</source>
        <translation>календарь так и не был отрисован</translation>
    </message>
    <message>
        <source>user “%1” may import nothing</source>
        <translation>пользователю «%1» импорт не разрешён</translation>
    </message>
    <message>
        <source>the import wizard did not open</source>
        <translation>мастер импорта не открылся</translation>
    </message>
    <message>
        <source>the import wizard has no kind or file field</source>
        <translation>в мастере импорта нет поля вида или файла</translation>
    </message>
    <message>
        <source>the import wizard did not accept %1 as actuals</source>
        <translation>мастер импорта не принял %1 как факт продаж</translation>
    </message>
    <message>
        <source>the import did not start</source>
        <translation>импорт не начался</translation>
    </message>
    <message>
        <source>the import did not finish</source>
        <translation>импорт не завершился</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 не импортирован: %2</translation>
    </message>
    <message>
        <source>the import has no Cancel button</source>
        <translation>у импорта нет кнопки отмены</translation>
    </message>
    <message>
        <source>the cancelled import did not stop</source>
        <translation>отменённый импорт не остановился</translation>
    </message>
    <message>
        <source>uplift: --bench: the import ended before it could be cancelled; a bigger file measures the cancel.</source>
        <translation>uplift: --bench: импорт завершился раньше, чем его удалось отменить; для замера отмены нужен файл побольше.</translation>
    </message>
</context>
<context>
    <name>uplift::app::ClaimSettleDialog</name>
    <message>
        <source>Write off part of claim %1</source>
        <translation>Списать часть претензии %1</translation>
    </message>
    <message>
        <source>Settle part of claim %1</source>
        <translation>Урегулировать часть претензии %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Claim %1 on promotion %2: %3 claimed, %4 settled, %5 written off, %6 open.</source>
        <translation>Претензия %1 по акции %2: заявлено %3, урегулировано %4, списано %5, открыто %6.</translation>
    </message>
    <message>
        <source>&amp;Write off:</source>
        <translation>&amp;Списать:</translation>
    </message>
    <message>
        <source>&amp;Settle now:</source>
        <translation>&amp;Урегулировать сейчас:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Списать</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Урегулировать</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Сумма: %1</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Only %1 of the claim is open.</source>
        <translation>По претензии открыто только %1.</translation>
    </message>
    <message>
        <source>Written off now: &lt;b&gt;%1&lt;/b&gt;; stays open: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Списывается сейчас: &lt;b&gt;%1&lt;/b&gt;; остаётся открытым: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Settled now: &lt;b&gt;%1&lt;/b&gt;; stays open: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Урегулируется сейчас: &lt;b&gt;%1&lt;/b&gt;; остаётся открытым: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A write-off needs a reason.</source>
        <translation>Для списания нужна причина.</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Без кода</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The write-off&apos;s reason code, for the discount analysis by reason</source>
        <translation>Код причины списания — для анализа скидок по причинам</translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation>&amp;Код причины:</translation>
    </message>
</context>
<context>
    <name>uplift::app::ClaimTableModel</name>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Part settled</source>
        <translation>Частично урегулирована</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Урегулировано</translation>
    </message>
    <message>
        <source>Settled, part written off</source>
        <translation>Урегулирована, часть списана</translation>
    </message>
    <message>
        <source>Double-click to open the promotion</source>
        <translation>Двойной щелчок открывает акцию</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Претензия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Акция</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>uplift::app::ClaimsPanel</name>
    <message>
        <source>&amp;Settle</source>
        <translation>&amp;Урегулировать</translation>
    </message>
    <message>
        <source>Settle &amp;part…</source>
        <translation>Урегулировать &amp;часть…</translation>
    </message>
    <message>
        <source>&amp;Write off…</source>
        <translation>Спис&amp;ать…</translation>
    </message>
    <message>
        <source>Open claims</source>
        <translation>Открытые претензии</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Все претензии</translation>
    </message>
    <message>
        <source>Settled claims</source>
        <translation>Урегулированные претензии</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Filter claims (Ctrl+F)</source>
        <translation>Фильтр претензий (Ctrl+F)</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>Read-only: settling claims needs the right “%1” (finance).</source>
        <translation>Только просмотр: для урегулирования претензий нужно право «%1» (финансы).</translation>
    </message>
    <message>
        <source>Settle what is open of the selected claim (Ctrl+Shift+S)</source>
        <translation>Урегулировать открытую часть выбранной претензии (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Settle an amount now; the rest stays open (Ctrl+Shift+P)</source>
        <translation>Урегулировать сумму сейчас, остаток остаётся открытым (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Write off an amount, with a reason (Ctrl+Shift+W)</source>
        <translation>Списать сумму с указанием причины (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Cannot read the claims</source>
        <translation>Не удалось прочитать претензии</translation>
    </message>
    <message>
        <source>Cannot read the promotion</source>
        <translation>Не удалось прочитать акцию</translation>
    </message>
    <message>
        <source>All claims: %1 open, %2 settled, %3 written off.</source>
        <translation>Все претензии: открыто %1, урегулировано %2, списано %3.</translation>
    </message>
</context>
<context>
    <name>uplift::app::ConditionDialog</name>
    <message>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
    <message>
        <source>E&amp;xclusive: replaces the other conditions on a row</source>
        <translation>&amp;Исключительное: заменяет остальные условия для строки</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Edit condition %1</source>
        <translation>Изменение условия %1</translation>
    </message>
    <message>
        <source>New discount condition</source>
        <translation>Новое условие скидки</translation>
    </message>
    <message>
        <source>e.g. C&amp;C everyday 3 %</source>
        <translation>напр. C&amp;C постоянно 3 %</translation>
    </message>
    <message>
        <source>% of gross sales</source>
        <translation>% валовых продаж</translation>
    </message>
    <message>
        <source>per unit</source>
        <translation>за единицу</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Глубина:</translation>
    </message>
    <message>
        <source>&amp;Valid:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Бренд:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ка&amp;тегория:</translation>
    </message>
    <message>
        <source>&amp;SKUs (none: all):</source>
        <translation>&amp;Артикулы (не выбраны — все):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Name the condition.</source>
        <translation>Укажите название условия.</translation>
    </message>
    <message>
        <source>Type the depth in %.</source>
        <translation>Введите глубину в %.</translation>
    </message>
    <message>
        <source>Type the amount per unit.</source>
        <translation>Введите сумму за единицу.</translation>
    </message>
    <message>
        <source>Depth: %1</source>
        <translation>Глубина: %1</translation>
    </message>
    <message>
        <source>Amount per unit: %1</source>
        <translation>Сумма за единицу: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
</context>
<context>
    <name>uplift::app::ConditionTableModel</name>
    <message>
        <source>%1 per unit</source>
        <translation>%1 за единицу</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Исключительное</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Суммируется</translation>
    </message>
    <message>
        <source>Approved discount request no. %1</source>
        <translation>Утверждённая заявка на скидку № %1</translation>
    </message>
    <message>
        <source>REQ-%1</source>
        <translation>REQ-%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Stacking</source>
        <translation>Суммирование</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>From request</source>
        <translation>Из заявки</translation>
    </message>
</context>
<context>
    <name>uplift::app::ConditionsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Доб&amp;авить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Уда&amp;лить…</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <source>A new central condition</source>
        <translation>Новое центральное условие</translation>
    </message>
    <message>
        <source>Change the selected condition (Enter)</source>
        <translation>Изменить выбранное условие (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected condition</source>
        <translation>Удалить выбранное условие</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>Read-only: conditions are kept by sales managers and finance (right “%1”).</source>
        <translation>Только просмотр: условия ведут руководители продаж и финансы (право «%1»).</translation>
    </message>
    <message>
        <source>Cannot read the conditions</source>
        <translation>Не удалось прочитать условия</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <source>Condition not added</source>
        <translation>Условие не добавлено</translation>
    </message>
    <message>
        <source>Condition addition not undone</source>
        <translation>Добавление условия не отменено</translation>
    </message>
    <message>
        <source>add condition %1</source>
        <translation>добавление условия %1</translation>
    </message>
    <message>
        <source>Condition not changed</source>
        <translation>Условие не изменено</translation>
    </message>
    <message>
        <source>Condition change not undone</source>
        <translation>Изменение условия не отменено</translation>
    </message>
    <message>
        <source>edit condition %1</source>
        <translation>изменение условия %1</translation>
    </message>
    <message>
        <source>Delete condition %1</source>
        <translation>Удаление условия %1</translation>
    </message>
    <message>
        <source>Why? The reason and the condition&apos;s content are kept in the audit log.</source>
        <translation>Почему? Причина и содержание условия сохраняются в журнале аудита.</translation>
    </message>
    <message>
        <source>Condition not deleted</source>
        <translation>Условие не удалено</translation>
    </message>
    <message>
        <source>Condition deletion not undone</source>
        <translation>Удаление условия не отменено</translation>
    </message>
    <message>
        <source>delete condition %1</source>
        <translation>удаление условия %1</translation>
    </message>
</context>
<context>
    <name>uplift::app::DashboardChartView</name>
    <message>
        <source>Click a bar to open the report behind it</source>
        <translation>Щёлкните столбец, чтобы открыть отчёт за ним</translation>
    </message>
</context>
<context>
    <name>uplift::app::DashboardSection</name>
    <message>
        <source>%1 — %2 on %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Cannot compute the figures: %1</source>
        <translation>Не удалось посчитать показатели: %1</translation>
    </message>
    <message>
        <source>No figures for your roles.</source>
        <translation>Для ваших ролей показателей нет.</translation>
    </message>
    <message>
        <source>Fund utilisation</source>
        <translation>Использование фондов</translation>
    </message>
    <message>
        <source>Open claims</source>
        <translation>Открытые претензии</translation>
    </message>
    <message>
        <source>Unjustified discounts this month</source>
        <translation>Необоснованные скидки в этом месяце</translation>
    </message>
    <message>
        <source>Discount requests waiting for finance</source>
        <translation>Запросы скидок, ждущие финансов</translation>
    </message>
    <message>
        <source>Discount requests waiting for a sales manager</source>
        <translation>Запросы скидок, ждущие руководителя продаж</translation>
    </message>
    <message>
        <source>Promotions waiting for approval</source>
        <translation>Промоакции на согласовании</translation>
    </message>
    <message>
        <source>My open discount requests</source>
        <translation>Мои открытые запросы скидок</translation>
    </message>
    <message>
        <source>Active promotions</source>
        <translation>Идущие промоакции</translation>
    </message>
    <message>
        <source>Trade spend, last 12 months</source>
        <translation>Трейд-расходы за 12 месяцев</translation>
    </message>
    <message>
        <source>actual %1 of budget %2; committed %3</source>
        <translation>факт %1 из бюджета %2; обязательства %3</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>открыто %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) over the entitlement</source>
        <translation>
            <numerusform>%n строка сверх положенного</numerusform>
            <numerusform>%n строки сверх положенного</numerusform>
            <numerusform>%n строк сверх положенного</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated value %1</source>
        <translation>оценка %1</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>на согласовании</translation>
    </message>
    <message>
        <source>in store on %1</source>
        <translation>в магазинах на %1</translation>
    </message>
    <message numerus="yes">
        <source>incremental profit %1 over %n promotion(s)</source>
        <translation>
            <numerusform>дополнительная прибыль %1 по %n промоакции</numerusform>
            <numerusform>дополнительная прибыль %1 по %n промоакциям</numerusform>
            <numerusform>дополнительная прибыль %1 по %n промоакциям</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1; changes against the same day a year earlier. Click a figure (or press Enter on it) or a bar to open its report.</source>
        <translation>На %1; изменения к тому же дню год назад. Щёлкните показатель (или нажмите на нём Enter) или столбец, чтобы открыть его отчёт.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Валовые продажи</translation>
    </message>
    <message>
        <source>Trade spend</source>
        <translation>Трейд-расходы</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Excess over entitlement</source>
        <translation>Сверх положенного</translation>
    </message>
    <message>
        <source>ROI %</source>
        <translation>ROI, %</translation>
    </message>
    <message>
        <source>Attainment %</source>
        <translation>Выполнение, %</translation>
    </message>
    <message>
        <source>Brand ROI, last 12 months</source>
        <translation>ROI брендов за 12 месяцев</translation>
    </message>
    <message>
        <source>Trade spend rate, last 12 months</source>
        <translation>Доля трейд-расходов за 12 месяцев</translation>
    </message>
    <message>
        <source>Brand fund utilisation</source>
        <translation>Использование фондов брендов</translation>
    </message>
    <message>
        <source>Account P&amp;L (margin), year to date</source>
        <translation>P&amp;L клиентов (маржа) с начала года</translation>
    </message>
    <message>
        <source>Target attainment, %1</source>
        <translation>Выполнение целей, %1</translation>
    </message>
    <message>
        <source>Forecast accuracy (WAPE), %1</source>
        <translation>Точность прогноза (WAPE), %1</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) in store</source>
        <translation>
            <numerusform>%n промоакция в магазинах</numerusform>
            <numerusform>%n промоакции в магазинах</numerusform>
            <numerusform>%n промоакций в магазинах</numerusform>
        </translation>
    </message>
    <message>
        <source>trade spend %1 of gross sales %2</source>
        <translation>трейд-расходы %1 из валовых продаж %2</translation>
    </message>
    <message>
        <source>actual %1 of budget %2</source>
        <translation>факт %1 из бюджета %2</translation>
    </message>
    <message numerus="yes">
        <source>gross sales %1, trade spend %2, net sales %3; %n account(s)</source>
        <translation>
            <numerusform>валовые продажи %1, трейд-расходы %2, чистые продажи %3; %n клиент</numerusform>
            <numerusform>валовые продажи %1, трейд-расходы %2, чистые продажи %3; %n клиента</numerusform>
            <numerusform>валовые продажи %1, трейд-расходы %2, чистые продажи %3; %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>actual %1 of target %2</source>
        <translation>факт %1 из цели %2</translation>
    </message>
    <message>
        <source>no sell-in to measure against</source>
        <translation>нет отгрузок для сравнения</translation>
    </message>
    <message>
        <source>bias %1 %</source>
        <translation>смещение %1 %</translation>
    </message>
    <message>
        <source>no prior year</source>
        <translation>нет данных год назад</translation>
    </message>
    <message>
        <source>%1%2 vs %3 a year ago</source>
        <translation>%1%2 к %3 год назад</translation>
    </message>
    <message>
        <source>Budget vs actual by top-level fund</source>
        <translation>Бюджет и факт по фондам верхнего уровня</translation>
    </message>
    <message>
        <source>Unjustified discounts by month</source>
        <translation>Необоснованные скидки по месяцам</translation>
    </message>
    <message>
        <source>Own accounts&apos; P&amp;L by month</source>
        <translation>P&amp;L своих клиентов по месяцам</translation>
    </message>
    <message>
        <source>ROI by brand, last 12 months (%)</source>
        <translation>ROI по брендам за 12 месяцев (%)</translation>
    </message>
    <message>
        <source>Top 5 and bottom 5 promotions by ROI, last 12 months (%)</source>
        <translation>5 лучших и 5 худших промоакций по ROI за 12 месяцев (%)</translation>
    </message>
    <message>
        <source>Target attainment by rep (%)</source>
        <translation>Выполнение целей по торговым представителям (%)</translation>
    </message>
</context>
<context>
    <name>uplift::app::DashboardTile</name>
    <message>
        <source>Open the report behind this figure (Enter)</source>
        <translation>Открыть отчёт за этим показателем (Enter)</translation>
    </message>
    <message>
        <source>%1 to %2, month by month</source>
        <translation>с %1 по %2, по месяцам</translation>
    </message>
</context>
<context>
    <name>uplift::app::DecisionPanelView</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Margin after</source>
        <translation>Маржа после скидки</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Incremental profit</source>
        <translation>Дополнительная прибыль</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Promotions on these skus</source>
        <translation>Промоакции по этим артикулам</translation>
    </message>
    <message>
        <source>Conditions on these skus</source>
        <translation>Условия по этим артикулам</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Фонды</translation>
    </message>
    <message>
        <source>Economics per sku</source>
        <translation>Экономика по артикулам</translation>
    </message>
    <message>
        <source>Past discounts of the account</source>
        <translation>Прошлые скидки клиента</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Заявка не выбрана</translation>
    </message>
    <message>
        <source>Request %1: %2 (%3)</source>
        <translation>Заявка %1: %2 (%3)</translation>
    </message>
    <message>
        <source>SKUs: %1 · Depth: %2 · Period: %3 · Value: %4 · Requested by: %5 · Reason: %6 · Approver: %7 · Status: %8</source>
        <translation>Артикулы: %1 · Глубина: %2 · Период: %3 · Сумма: %4 · Инициатор: %5 · Причина: %6 · Утверждающий: %7 · Статус: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4 · %5 · %6</source>
        <translation>%1 %2 · %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 · %2%3 · %4 · %5</source>
        <translation>%1 · %2%3 · %4 · %5</translation>
    </message>
    <message>
        <source> (exclusive)</source>
        <translation> (исключительное)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Прайс</translation>
    </message>
    <message>
        <source>Off/unit</source>
        <translation>Скидка/ед.</translation>
    </message>
    <message>
        <source>Margin/unit</source>
        <translation>Маржа/ед.</translation>
    </message>
    <message>
        <source>After/unit</source>
        <translation>После/ед.</translation>
    </message>
    <message>
        <source>Exp. units</source>
        <translation>Ожид. ед.</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Безубыт.</translation>
    </message>
    <message>
        <source>SKU (hover: name, cost, baseline)</source>
        <translation>SKU (при наведении: название, себестоимость, базовый уровень)</translation>
    </message>
    <message>
        <source>List price on the first day</source>
        <translation>Прайсовая цена в первый день</translation>
    </message>
    <message>
        <source>Discount per unit at the asked depth</source>
        <translation>Скидка на единицу при запрошенной глубине</translation>
    </message>
    <message>
        <source>Margin per unit before the discount</source>
        <translation>Маржа на единицу до скидки</translation>
    </message>
    <message>
        <source>Margin per unit after the discount</source>
        <translation>Маржа на единицу после скидки</translation>
    </message>
    <message>
        <source>Expected units over the period</source>
        <translation>Ожидаемый объём за период, ед.</translation>
    </message>
    <message>
        <source>Margin after the discount, all expected units</source>
        <translation>Маржа после скидки на весь ожидаемый объём</translation>
    </message>
    <message>
        <source>Lift in units needed to earn the same margin</source>
        <translation>Прирост объёма, нужный для той же маржи</translation>
    </message>
    <message>
        <source>%1
Unit cost %2 · baseline %3 a week</source>
        <translation>%1
Себестоимость %2 · базовый уровень %3 в неделю</translation>
    </message>
</context>
<context>
    <name>uplift::app::DecisionTrendChart</name>
    <message>
        <source>Units</source>
        <translation>Штуки</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>Н%1</translation>
    </message>
    <message>
        <source>Units by week, %1 % over the last 4 weeks</source>
        <translation>Продажи по неделям, шт. (за последние 4 недели: %1 %)</translation>
    </message>
    <message>
        <source>Units by week</source>
        <translation>Продажи по неделям, шт.</translation>
    </message>
</context>
<context>
    <name>uplift::app::DisaggregationDialog</name>
    <message>
        <source>same period last year (%1 to %2)</source>
        <translation>тот же период прошлого года (с %1 по %2)</translation>
    </message>
    <message>
        <source>the three months before (%1 to %2): no sales in the same period last year</source>
        <translation>три предыдущих месяца (с %1 по %2): в том же периоде прошлого года продаж нет</translation>
    </message>
    <message>
        <source>equal split: no sales last year or in the three months before</source>
        <translation>поровну: продаж нет ни в прошлом году, ни за три предыдущих месяца</translation>
    </message>
    <message>
        <source>Disaggregate a target</source>
        <translation>Разбивка цели</translation>
    </message>
    <message>
        <source>whole units</source>
        <translation>целые штуки</translation>
    </message>
    <message>
        <source>amount, e.g. %1</source>
        <translation>сумма, например %1</translation>
    </message>
    <message>
        <source>Partner × brand</source>
        <translation>Партнёр × бренд</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Торговый представитель</translation>
    </message>
    <message>
        <source>Division (region)</source>
        <translation>Дивизион (регион)</translation>
    </message>
    <message>
        <source>No locks: select rows in the grid before opening this dialog to keep their targets.</source>
        <translation>Закреплений нет: чтобы сохранить цели строк, выделите их в таблице перед открытием этого окна.</translation>
    </message>
    <message>
        <source>Checked pairs keep their current target; the rest is split.</source>
        <translation>Отмеченные пары сохраняют текущую цель; остаток распределяется.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Total &amp;units:</source>
        <translation>Всего &amp;штук:</translation>
    </message>
    <message>
        <source>Total &amp;value:</source>
        <translation>Всего &amp;сумма:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Loc&amp;ks:</source>
        <translation>&amp;Закрепить:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>База:</translation>
    </message>
    <message>
        <source>(preview to see it)</source>
        <translation>(видна в предпросмотре)</translation>
    </message>
    <message>
        <source>Total units: %1</source>
        <translation>Всего штук: %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>Total value: %1</source>
        <translation>Всего сумма: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s): %1 units, %2; Save writes %3 target(s).</source>
        <translation>
            <numerusform>%n доля: %1 шт., %2; сохранение запишет целей: %3.</numerusform>
            <numerusform>%n доли: %1 шт., %2; сохранение запишет целей: %3.</numerusform>
            <numerusform>%n долей: %1 шт., %2; сохранение запишет целей: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s): %1 units, %2.</source>
        <translation>
            <numerusform>%n доля: %1 шт., %2.</numerusform>
            <numerusform>%n доли: %1 шт., %2.</numerusform>
            <numerusform>%n долей: %1 шт., %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uplift::app::DisaggregationPreviewModel</name>
    <message>
        <source>(no rep)</source>
        <translation>(без представителя)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>закреплено</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Дивизион</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Штуки</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Закреп.</translation>
    </message>
</context>
<context>
    <name>uplift::app::DiscountChoices</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>uplift::app::DiscountInbox</name>
    <message>
        <source>&amp;Approve</source>
        <translation>У&amp;твердить</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Отозв&amp;ать…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>Новая заяв&amp;ка…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидающие решения</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Все заявки</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждённые</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозванные</translation>
    </message>
    <message>
        <source>Which requests to list</source>
        <translation>Какие заявки показывать</translation>
    </message>
    <message>
        <source>Approve the current request (A)</source>
        <translation>Утвердить текущую заявку (A)</translation>
    </message>
    <message>
        <source>Reject the current request, with a reason (R)</source>
        <translation>Отклонить текущую заявку с указанием причины (R)</translation>
    </message>
    <message>
        <source>Withdraw a request of your own that is still pending</source>
        <translation>Отозвать свою заявку, пока она ожидает решения</translation>
    </message>
    <message>
        <source>Ask for a discount on an account&apos;s skus (Ctrl+Shift+N)</source>
        <translation>Запросить скидку на артикулы клиента (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot read the discount requests</source>
        <translation>Не удалось прочитать заявки на скидки</translation>
    </message>
    <message>
        <source>Nothing pending.</source>
        <translation>Нет заявок, ожидающих решения.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending, worth %1</source>
        <translation>
            <numerusform>%n заявка ожидает решения, на сумму %1</numerusform>
            <numerusform>%n заявки ожидают решения, на сумму %1</numerusform>
            <numerusform>%n заявок ожидают решения, на сумму %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No request is selected.</source>
        <translation>Заявка не выбрана.</translation>
    </message>
    <message>
        <source>Withdraw your pending request</source>
        <translation>Отозвать свою ожидающую заявку</translation>
    </message>
    <message>
        <source>Only the requester may withdraw a pending request.</source>
        <translation>Отозвать ожидающую заявку может только её инициатор.</translation>
    </message>
    <message>
        <source>Cannot show request %1: %2</source>
        <translation>Не удалось показать заявку %1: %2</translation>
    </message>
    <message>
        <source>Request %1 not approved</source>
        <translation>Заявка %1 не утверждена</translation>
    </message>
    <message>
        <source>Request %1 approved: condition REQ-%1 now grants %2 on %3.</source>
        <translation>Заявка %1 утверждена: условие REQ-%1 теперь даёт скидку %2 клиенту %3.</translation>
    </message>
    <message>
        <source>Request %1 approved: a %2 discount on promotion %3.</source>
        <translation>Заявка %1 утверждена: скидка %2 в промоакции %3.</translation>
    </message>
    <message>
        <source>Reject request %1</source>
        <translation>Отклонение заявки %1</translation>
    </message>
    <message>
        <source>Why? %1 sees the reason with the request.</source>
        <translation>Почему? %1 увидит причину в заявке.</translation>
    </message>
    <message>
        <source>Request %1 not rejected</source>
        <translation>Заявка %1 не отклонена</translation>
    </message>
    <message>
        <source>Request %1 rejected: %2</source>
        <translation>Заявка %1 отклонена: %2</translation>
    </message>
    <message>
        <source>Withdraw request %1</source>
        <translation>Отзыв заявки %1</translation>
    </message>
    <message>
        <source>Why (optional)?</source>
        <translation>Почему (необязательно)?</translation>
    </message>
    <message>
        <source>Request %1 not withdrawn</source>
        <translation>Заявка %1 не отозвана</translation>
    </message>
    <message>
        <source>Request %1 withdrawn.</source>
        <translation>Заявка %1 отозвана.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <source>Request not raised</source>
        <translation>Заявка не создана</translation>
    </message>
    <message>
        <source>Request %1 approved at once (within the automatic limit).</source>
        <translation>Заявка %1 утверждена сразу (в пределах лимита автоматического утверждения).</translation>
    </message>
    <message>
        <source>Request %1 approved at once (within the automatic limit): condition %2.</source>
        <translation>Заявка %1 утверждена сразу (в пределах лимита автоматического утверждения): условие %2.</translation>
    </message>
    <message>
        <source>Request %1 waits for a decision by finance.</source>
        <translation>Заявка %1 ожидает решения финансового отдела.</translation>
    </message>
    <message>
        <source>Request %1 waits for a decision by a sales manager.</source>
        <translation>Заявка %1 ожидает решения руководителя продаж.</translation>
    </message>
</context>
<context>
    <name>uplift::app::DiscountRequestDialog</name>
    <message>
        <source>New discount request</source>
        <translation>Новая заявка на скидку</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Запросить</translation>
    </message>
    <message>
        <source>e.g. 7.5</source>
        <translation>напр. 7,5</translation>
    </message>
    <message>
        <source>estimated from the baseline</source>
        <translation>оценка по базе</translation>
    </message>
    <message>
        <source>Units expected over the whole period, all skus together. Empty: the baseline × the weeks of the period.</source>
        <translation>Ожидаемый объём в штуках за весь период, по всем артикулам вместе. Пусто — база × число недель периода.</translation>
    </message>
    <message>
        <source>(none: a central condition when approved)</source>
        <translation>(нет: при утверждении — центральное условие)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>% off list price</source>
        <translation>% скидки от прайсовой цены</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;SKUs:</source>
        <translation>&amp;Артикулы:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Глубина:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Пр&amp;ичина:</translation>
    </message>
    <message>
        <source>&amp;Expected units:</source>
        <translation>&amp;Ожидаемый объём, шт.:</translation>
    </message>
    <message>
        <source>Pro&amp;motion:</source>
        <translation>Про&amp;моакция:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation>Выберите клиента.</translation>
    </message>
    <message>
        <source>Tick at least one sku.</source>
        <translation>Отметьте хотя бы один артикул.</translation>
    </message>
    <message>
        <source>Type the depth in %.</source>
        <translation>Введите глубину в %.</translation>
    </message>
    <message>
        <source>Depth: %1</source>
        <translation>Глубина: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Expected units: &apos;%1&apos; is not a whole number of units.</source>
        <translation>Ожидаемый объём: «%1» — не целое число штук.</translation>
    </message>
</context>
<context>
    <name>uplift::app::DiscountRequestModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Руководитель продаж</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>Артикулы</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Утверждающий</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Решение принял</translation>
    </message>
</context>
<context>
    <name>uplift::app::DiscountsSection</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>Вхо&amp;дящие</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Условия</translation>
    </message>
    <message>
        <source>Returns &amp;&amp; &amp;write-offs</source>
        <translation>Во&amp;звраты и списания</translation>
    </message>
    <message>
        <source>&amp;Unjustified discounts</source>
        <translation>&amp;Необоснованные скидки</translation>
    </message>
</context>
<context>
    <name>uplift::app::FilteredTableView</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2 (filtered)</source>
        <translation>Строк: %1 из %2 (фильтр)</translation>
    </message>
</context>
<context>
    <name>uplift::app::ForecastAccuracyChart</name>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Units by period — WAPE %1, bias %2</source>
        <translation>Штуки по периодам — WAPE %1, смещение %2</translation>
    </message>
</context>
<context>
    <name>uplift::app::ForecastAccuracyModel</name>
    <message>
        <source>(no rep)</source>
        <translation>(без представителя)</translation>
    </message>
    <message>
        <source>WAPE %1 is above %2 %: plan and actual differ a lot.</source>
        <translation>WAPE %1 выше %2 %: план и факт сильно расходятся.</translation>
    </message>
    <message>
        <source>Bias %1 is above %2 %: the plan overestimates sales.</source>
        <translation>Смещение %1 выше %2 %: план завышает продажи.</translation>
    </message>
    <message>
        <source>Bias %1 is below −%2 %: the plan underestimates sales.</source>
        <translation>Смещение %1 ниже −%2 %: план занижает продажи.</translation>
    </message>
    <message>
        <source>Actual value / target value</source>
        <translation>Фактическая сумма / целевая сумма</translation>
    </message>
    <message>
        <source>Σ |actual − plan| / Σ actual units</source>
        <translation>Σ |факт − план| / Σ фактических штук</translation>
    </message>
    <message>
        <source>Σ (plan − actual) / Σ actual units; above zero: the plan is too high</source>
        <translation>Σ (план − факт) / Σ фактических штук; больше нуля: план завышен</translation>
    </message>
    <message>
        <source>Approved promotions planning more units than the inventory</source>
        <translation>Утверждённые промоакции, планирующие больше штук, чем есть на складе</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Target units</source>
        <translation>Цель, шт.</translation>
    </message>
    <message>
        <source>Plan units</source>
        <translation>План, шт.</translation>
    </message>
    <message>
        <source>Actual units</source>
        <translation>Факт, шт.</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Цель, сумма</translation>
    </message>
    <message>
        <source>Plan value</source>
        <translation>План, сумма</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Факт, сумма</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>WAPE</source>
        <translation>WAPE</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Смещение</translation>
    </message>
    <message>
        <source>Stock-out risks</source>
        <translation>Риски нехватки</translation>
    </message>
</context>
<context>
    <name>uplift::app::ForecastAccuracyView</name>
    <message>
        <source>unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>No approved promotion plans more units than the inventory.</source>
        <translation>Ни одна утверждённая промоакция не планирует больше штук, чем есть на складе.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Все периоды</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Все представители</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>R&amp;ep:</source>
        <translation>П&amp;редставитель:</translation>
    </message>
    <message>
        <source>Promotions at stock-out risk</source>
        <translation>Промоакции с риском нехватки товара</translation>
    </message>
    <message>
        <source>The figures could not be calculated: %1</source>
        <translation>Показатели не удалось рассчитать: %1</translation>
    </message>
</context>
<context>
    <name>uplift::app::FundAllocateDialog</name>
    <message>
        <source>Allocate to %1</source>
        <translation>Выделить фонду %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>“%1” is a root fund: the allocation brings new budget in.</source>
        <translation>«%1» — корневой фонд: выделение добавляет новый бюджет.</translation>
    </message>
    <message>
        <source>The allocation is carved out of “%1”, which has %2 available.</source>
        <translation>Сумма выделяется из фонда «%1», в котором доступно %2.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Сумма: %1</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>“%1” will have %2 available.</source>
        <translation>В фонде «%1» будет доступно %2.</translation>
    </message>
</context>
<context>
    <name>uplift::app::FundLedgerModel</name>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Акция %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Претензия %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Из %1</translation>
    </message>
    <message>
        <source>To sub-fund %1</source>
        <translation>В подфонд %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>В %1</translation>
    </message>
    <message>
        <source>Import batch %1</source>
        <translation>Пакет импорта %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Правило %1</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Двойной щелчок — открыть</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>uplift::app::FundRuleDialog</name>
    <message>
        <source>New fund rule</source>
        <translation>Новое правило фонда</translation>
    </message>
    <message>
        <source>e.g. Give back unspent money</source>
        <translation>напр. Вернуть неизрасходованное</translation>
    </message>
    <message>
        <source>When a promotion closes: return its unspent commitment to the parent fund</source>
        <translation>При закрытии промоакции: вернуть неизрасходованное обязательство в родительский фонд</translation>
    </message>
    <message>
        <source>On a date: move a share of an under-used fund</source>
        <translation>В дату: перенести долю недоиспользованного фонда</translation>
    </message>
    <message>
        <source>When an account reaches its target: add a bonus to a fund</source>
        <translation>Когда клиент достигает цели: добавить бонус в фонд</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Доб&amp;авить правило</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Any fund</source>
        <translation>Любой фонд</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Only for &amp;funds at or below:</source>
        <translation>Только для &amp;фондов не выше:</translation>
    </message>
    <message>
        <source>What a closed promotion released back to its fund goes to that fund&apos;s parent, once per promotion and fund, never more than the fund has available.</source>
        <translation>То, что закрытая промоакция высвободила в свой фонд, уходит в родительский фонд — один раз на промоакцию и фонд и не больше доступного остатка фонда.</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>If &amp;fund:</source>
        <translation>Если &amp;фонд:</translation>
    </message>
    <message>
        <source>Is &amp;used below:</source>
        <translation>&amp;Использован меньше чем на:</translation>
    </message>
    <message>
        <source>&amp;Move this share of its available:</source>
        <translation>&amp;Перенести такую долю доступного:</translation>
    </message>
    <message>
        <source>&amp;To fund:</source>
        <translation>&amp;В фонд:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>2025-Q3 or 2025-07</source>
        <translation>2025-Q3 или 2025-07</translation>
    </message>
    <message>
        <source>e.g. 500.00</source>
        <translation>напр. 500,00</translation>
    </message>
    <message>
        <source>When &amp;account:</source>
        <translation>Когда &amp;клиент:</translation>
    </message>
    <message>
        <source>In &amp;period:</source>
        <translation>За &amp;период:</translation>
    </message>
    <message>
        <source>&amp;Reaches this share of its target:</source>
        <translation>&amp;Достигает такой доли цели:</translation>
    </message>
    <message>
        <source>Add a &amp;bonus of:</source>
        <translation>Добавить &amp;бонус:</translation>
    </message>
    <message>
        <source>To &amp;fund:</source>
        <translation>В &amp;фонд:</translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation>Бонус: %1</translation>
    </message>
</context>
<context>
    <name>uplift::app::FundRuleTableModel</name>
    <message>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивно</translation>
    </message>
    <message>
        <source>Schedule: %1
Condition: %2
Action: %3</source>
        <translation>Расписание: %1
Условие: %2
Действие: %3</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>When / if / then</source>
        <translation>Когда / если / то</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Создал</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Создано</translation>
    </message>
</context>
<context>
    <name>uplift::app::FundRulesPanel</name>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Новое правило…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>П&amp;робный прогон</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Выполнить…</translation>
    </message>
    <message>
        <source>Shows what the due rules would book today; writes nothing</source>
        <translation>Показывает, что наступившие правила провели бы сегодня; ничего не записывает</translation>
    </message>
    <message>
        <source>Books what the dry run shows, after you confirm it</source>
        <translation>Проводит то, что показал пробный прогон, после вашего подтверждения</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>Find a rule (Ctrl+F)</source>
        <translation>Найти правило (Ctrl+F)</translation>
    </message>
    <message>
        <source>Press Dry run to see what the due rules would book.</source>
        <translation>Нажмите «Пробный прогон», чтобы увидеть, что провели бы наступившие правила.</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <source>Dry run / &amp;booked</source>
        <translation>Прогон / пр&amp;оведено</translation>
    </message>
    <message>
        <source>Firing &amp;log</source>
        <translation>&amp;Журнал срабатываний</translation>
    </message>
    <message>
        <source>Fund rules not loaded</source>
        <translation>Правила фондов не загружены</translation>
    </message>
    <message>
        <source>Dry run refused</source>
        <translation>Пробный прогон отклонён</translation>
    </message>
    <message>
        <source>Dry run failed</source>
        <translation>Пробный прогон не удался</translation>
    </message>
    <message>
        <source>Run fund rules</source>
        <translation>Выполнить правила фондов</translation>
    </message>
    <message>
        <source>Book these movements on %1? Movements: %2, total %3.</source>
        <translation>Провести эти движения датой %1? Движений: %2, итого %3.</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Провести</translation>
    </message>
    <message>
        <source>Fund rules not run</source>
        <translation>Правила фондов не выполнены</translation>
    </message>
    <message>
        <source>Dry run for %1: no rule is due, nothing would be booked.</source>
        <translation>Пробный прогон на %1: ни одно правило не наступило, проводить нечего.</translation>
    </message>
    <message>
        <source>Dry run for %1, nothing has been written. Movements the due rules would book: %2, total %3.</source>
        <translation>Пробный прогон на %1, ничего не записано. Движений, которые провели бы наступившие правила: %2, итого %3.</translation>
    </message>
    <message>
        <source>Nothing was due; nothing was booked.</source>
        <translation>Ничего не наступило; ничего не проведено.</translation>
    </message>
    <message>
        <source>Booked on %1. Movements: %2, total %3.</source>
        <translation>Проведено датой %1. Движений: %2, итого %3.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 → %4, %5</source>
        <translation>%1 (%2): %3 → %4, %5</translation>
    </message>
    <message>
        <source>… and %1 more in the table</source>
        <translation>… и ещё %1 в таблице</translation>
    </message>
</context>
<context>
    <name>uplift::app::FundTransferDialog</name>
    <message>
        <source>%1: %2 available</source>
        <translation>%1: доступно %2</translation>
    </message>
    <message>
        <source>%1: %2 available → %3</source>
        <translation>%1: доступно %2 → %3</translation>
    </message>
    <message>
        <source>&amp;Override the overspend guard</source>
        <translation>&amp;Разрешить перерасход</translation>
    </message>
    <message>
        <source>Transfer between funds</source>
        <translation>Перевод между фондами</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Why the fund may go below zero</source>
        <translation>Почему фонд может уйти ниже нуля</translation>
    </message>
    <message>
        <source>Overriding an overspend needs the right “%1”.</source>
        <translation>Для разрешения перерасхода нужно право «%1».</translation>
    </message>
    <message>
        <source>Let the source fund go below zero; the reason is logged.</source>
        <translation>Разрешить фонду-источнику уйти ниже нуля; причина записывается в журнал.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Из:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;В:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>Причина &amp;перерасхода:</translation>
    </message>
    <message>
        <source>After the transfer</source>
        <translation>После перевода</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Сумма: %1</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Choose two different funds.</source>
        <translation>Выберите два разных фонда.</translation>
    </message>
    <message>
        <source>This leaves “%1” below zero: the transfer is refused unless a finance user overrides it with a reason.</source>
        <translation>Фонд «%1» уйдёт ниже нуля: перевод будет отклонён, если финансист не разрешит его с указанием причины.</translation>
    </message>
</context>
<context>
    <name>uplift::app::FundTreeModel</name>
    <message>
        <source>%1 (accrual)</source>
        <translation>%1 (начисляемый)</translation>
    </message>
    <message>
        <source>Allocated + accrued + transfers in − transfers out − distributed to sub-funds</source>
        <translation>Выделено + начислено + переводы в фонд − переводы из фонда − распределено в подфонды</translation>
    </message>
    <message>
        <source>Open commitments of approved promotions</source>
        <translation>Открытые обязательства утверждённых акций</translation>
    </message>
    <message>
        <source>Settled claims and write-offs</source>
        <translation>Урегулированные претензии и списания</translation>
    </message>
    <message>
        <source>Budget − committed − actual</source>
        <translation>Бюджет − обязательства − факт</translation>
    </message>
    <message>
        <source>100 × actual / budget</source>
        <translation>100 × факт / бюджет</translation>
    </message>
    <message>
        <source>Spent | committed | free; the tick marks the warning level. Amber at the warning level, red above 100 % or below zero available.</source>
        <translation>Израсходовано | в обязательствах | свободно; риска отмечает уровень предупреждения. Жёлтый — на уровне предупреждения, красный — свыше 100 % или доступно меньше нуля.</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Выделено</translation>
    </message>
    <message>
        <source>Accrued</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Budget bar</source>
        <translation>Шкала бюджета</translation>
    </message>
</context>
<context>
    <name>uplift::app::FundsSection</name>
    <message>
        <source>C&amp;laims</source>
        <translation>П&amp;ретензии</translation>
    </message>
    <message>
        <source>Find a fund</source>
        <translation>Найти фонд</translation>
    </message>
    <message>
        <source>&amp;New fund…</source>
        <translation>&amp;Новый фонд…</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>Выд&amp;елить…</translation>
    </message>
    <message>
        <source>A new fund, at the top or below the selected one</source>
        <translation>Новый фонд — корневой или под выбранным</translation>
    </message>
    <message>
        <source>Budget for the selected fund (Ctrl+Shift+A)</source>
        <translation>Бюджет для выбранного фонда (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Move budget from the selected fund (Ctrl+Shift+T)</source>
        <translation>Перевести бюджет из выбранного фонда (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>%1 spent  %2 committed  %3 free  %4 at warning level  %5 over budget</source>
        <translation>%1 израсходовано  %2 обязательства  %3 свободно  %4 уровень предупреждения  %5 сверх бюджета</translation>
    </message>
    <message>
        <source>Filter the ledger (Ctrl+F)</source>
        <translation>Фильтр журнала (Ctrl+F)</translation>
    </message>
    <message>
        <source>No funds yet. “New fund…” creates the first one.</source>
        <translation>Фондов пока нет. «Новый фонд…» создаёт первый.</translation>
    </message>
    <message>
        <source>Select a fund to see its ledger.</source>
        <translation>Выберите фонд, чтобы увидеть его журнал.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ledger of %1&lt;/b&gt; — %2 · %3 · %4%5 · budget %6, available %7</source>
        <translation>&lt;b&gt;Журнал фонда %1&lt;/b&gt; — %2 · %3 · %4%5 · бюджет %6, доступно %7</translation>
    </message>
    <message>
        <source> · owner %1</source>
        <translation> · владелец %1</translation>
    </message>
    <message>
        <source>Cannot read the ledger</source>
        <translation>Не удалось прочитать журнал</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>A transfer needs two funds.</source>
        <translation>Для перевода нужны два фонда.</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Select the fund to allocate to first.</source>
        <translation>Сначала выберите фонд, которому выделяется бюджет.</translation>
    </message>
    <message>
        <source>Fund not created</source>
        <translation>Фонд не создан</translation>
    </message>
    <message>
        <source>Fun&amp;ds</source>
        <translation>Фон&amp;ды</translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation>Перевес&amp;ти…</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>Прав&amp;ила</translation>
    </message>
</context>
<context>
    <name>uplift::app::ImportChoosePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>Pick what the file holds and where it is. CSV with a header row, separated by commas or semicolons, UTF-8.</source>
        <translation>Укажите, что содержит файл и где он находится. CSV со строкой заголовков, разделитель — запятая или точка с запятой, кодировка UTF-8.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Путь к файлу .csv</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Required columns: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Обязательные столбцы: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Optional columns: %1</source>
        <translation>Необязательные столбцы: %1</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Файл «%1» не найден.</translation>
    </message>
</context>
<context>
    <name>uplift::app::ImportColumnsPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Проверка столбцов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Columns of %1 for an import of %2.</source>
        <translation>Столбцы файла %1 для импорта: %2.</translation>
    </message>
    <message>
        <source>required column</source>
        <translation>обязательный столбец</translation>
    </message>
    <message>
        <source>optional column</source>
        <translation>необязательный столбец</translation>
    </message>
    <message>
        <source>not used: ignored</source>
        <translation>не используется и будет пропущен</translation>
    </message>
    <message>
        <source>missing: the file needs this column</source>
        <translation>отсутствует: этот столбец обязателен</translation>
    </message>
    <message>
        <source>A required column is missing; add it to the file and start again.</source>
        <translation>Не хватает обязательного столбца; добавьте его в файл и начните заново.</translation>
    </message>
    <message>
        <source>Columns ignored: %1. </source>
        <translation>Пропускаемых столбцов: %1. </translation>
    </message>
    <message>
        <source>Import runs in one step: every row is imported, or nothing if any row has a problem.</source>
        <translation>Импорт выполняется одним шагом: загружаются все строки или, если хоть в одной есть ошибка, ни одной.</translation>
    </message>
</context>
<context>
    <name>uplift::app::ImportPreviewPage</name>
    <message>
        <source>Check the format</source>
        <translation>Проверка формата</translation>
    </message>
    <message>
        <source>The first rows as Uplift reads them. Change the separator or decimal mark if the columns look wrong.</source>
        <translation>Первые строки файла так, как их читает Uplift. Если столбцы разбиты неверно, измените разделитель или десятичный знак.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Point: 1234.56</source>
        <translation>Точка: 1234.56</translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation>Запятая: 1234,56</translation>
    </message>
    <message>
        <source>Either, when unambiguous</source>
        <translation>Любой, если нет неоднозначности</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Десятичный знак:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>uplift::app::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Прервать импорт</translation>
    </message>
    <message>
        <source>Import &amp;another file…</source>
        <translation>Импортировать &amp;другой файл…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт файла %1…</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2.</source>
        <translation>Файл %1 загружен как пакет %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows read: &lt;b&gt;%2&lt;/b&gt; inserted, &lt;b&gt;%3&lt;/b&gt; updated, &lt;b&gt;%4&lt;/b&gt; unchanged.</source>
        <translation>Прочитано строк: &lt;b&gt;%1&lt;/b&gt;; добавлено: &lt;b&gt;%2&lt;/b&gt;, обновлено: &lt;b&gt;%3&lt;/b&gt;, без изменений: &lt;b&gt;%4&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>Файл отклонён.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Ничего не загружено.</translation>
    </message>
    <message>
        <source>Problems found: &lt;b&gt;%1&lt;/b&gt;. Nothing was imported; fix the file and import it again.</source>
        <translation>Найдено ошибок: &lt;b&gt;%1&lt;/b&gt;. Ничего не загружено; исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
        <source>The file was refused; the first %1 problems are listed.</source>
        <translation>Файл отклонён; показаны первые ошибки (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт прерван; ничего не загружено.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Импорт не удался.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Nothing was imported.</source>
        <translation>%1&lt;br&gt;Ничего не загружено.</translation>
    </message>
</context>
<context>
    <name>uplift::app::ImportWizard</name>
    <message>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
</context>
<context>
    <name>uplift::app::ImportWorker</name>
    <message>
        <source>unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>uplift::app::MainWindow</name>
    <message>
        <source>Cannot open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <source>The file was upgraded to the current version; the old one is kept as %1.</source>
        <translation>Файл обновлён до текущей версии; прежний сохранён как %1.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Не удалось создать %1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Batch rolled back.</source>
        <translation>Пакет откачен.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <source>%1 — Uplift</source>
        <translation>%1 — Uplift</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>Uplift</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Импортов пока не было.</translation>
    </message>
    <message>
        <source>Last import: %1 from %2, %3, by %4</source>
        <translation>Последний импорт: %1 из %2, %3, пользователь %4</translation>
    </message>
    <message>
        <source>Open Uplift file</source>
        <translation>Открыть файл Uplift</translation>
    </message>
    <message>
        <source>Uplift files (*.uplift);;All files (*)</source>
        <translation>Файлы Uplift (*.uplift);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>User “%1” holds no import right.</source>
        <translation>У пользователя «%1» нет прав на импорт.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт файла %1…</translation>
    </message>
    <message>
        <source>%1-backup-%2.uplift</source>
        <translation>%1-копия-%2.uplift</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Сохранить резервную копию в</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>%1: file exists; choose another name.</source>
        <translation>%1: файл уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Резервная копия записана в %1.</translation>
    </message>
    <message>
        <source>About Uplift</source>
        <translation>О программе Uplift</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Uplift %1&lt;/h3&gt;&lt;p&gt;Trade-promotion management: promotions, funds, discounts, targets and their real return, over one local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Uplift %1&lt;/h3&gt;&lt;p&gt;Управление трейд-маркетингом: промоакции, фонды, скидки, планы продаж и их реальная отдача — в одном локальном файле SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Close file</source>
        <translation>&amp;Закрыть файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Фильтр…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Панель &amp;навигации</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;About Uplift</source>
        <translation>&amp;О программе Uplift</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Товары</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>P&amp;rices</source>
        <translation>&amp;Цены</translation>
    </message>
    <message>
        <source>&amp;Imports</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <source>U&amp;sers</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Importing needs an import right.</source>
        <translation>Для импорта нужно право на импорт.</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Промоакции</translation>
    </message>
    <message>
        <source>Pro&amp;motions</source>
        <translation>Про&amp;моакции</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Фонды</translation>
    </message>
    <message>
        <source>&amp;Funds</source>
        <translation>&amp;Фонды</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>%1 — Offline — rep file of %2 — Uplift</source>
        <translation>%1 — офлайн — файл представителя %2 — Uplift</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Цели</translation>
    </message>
    <message>
        <source>Rep file merged.</source>
        <translation>Файл представителя объединён.</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>&amp;Discounts</source>
        <translation>&amp;Скидки</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>От&amp;чёты</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>Сво&amp;дка</translation>
    </message>
</context>
<context>
    <name>uplift::app::MergeConflictModel</name>
    <message>
        <source>Keep HQ</source>
        <translation>Оставить значение HQ</translation>
    </message>
    <message>
        <source>Take rep&apos;s</source>
        <translation>Взять значение представителя</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>The rep added this target after the export.</source>
        <translation>Представитель добавил эту цель после выгрузки.</translation>
    </message>
    <message>
        <source>HQ removed this target after the export.</source>
        <translation>HQ удалил эту цель после выгрузки.</translation>
    </message>
    <message>
        <source>Double-click to choose which value the main file keeps.</source>
        <translation>Дважды щёлкните, чтобы выбрать значение, которое останется в основном файле.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Units at export</source>
        <translation>Штуки при выгрузке</translation>
    </message>
    <message>
        <source>Value at export</source>
        <translation>Сумма при выгрузке</translation>
    </message>
    <message>
        <source>HQ units</source>
        <translation>Штуки HQ</translation>
    </message>
    <message>
        <source>HQ value</source>
        <translation>Сумма HQ</translation>
    </message>
    <message>
        <source>Rep&apos;s units</source>
        <translation>Штуки представителя</translation>
    </message>
    <message>
        <source>Rep&apos;s value</source>
        <translation>Сумма представителя</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>uplift::app::MergedTargetModel</name>
    <message>
        <source>The merge added this target.</source>
        <translation>Эту цель добавило объединение.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Units before → after</source>
        <translation>Штуки до → после</translation>
    </message>
    <message>
        <source>Value before → after</source>
        <translation>Сумма до → после</translation>
    </message>
</context>
<context>
    <name>uplift::app::NewFileDialog</name>
    <message>
        <source>New Uplift file</source>
        <translation>Новый файл Uplift</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR, USD, RUB. Every amount in the file uses it.</source>
        <translation>Код ISO 4217, например EUR, USD, RUB. Все суммы в файле будут в этой валюте.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>The new file has one user, “admin”, with the Administrator role.</source>
        <translation>В новом файле один пользователь — «admin» с ролью администратора.</translation>
    </message>
    <message>
        <source>Uplift files (*.uplift);;All files (*)</source>
        <translation>Файлы Uplift (*.uplift);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>uplift::app::NewFundDialog</name>
    <message>
        <source>Limited to a &amp;period</source>
        <translation>Ограничен &amp;периодом</translation>
    </message>
    <message>
        <source>&amp;Cash limit:</source>
        <translation>&amp;Лимит денежных выплат:</translation>
    </message>
    <message>
        <source>New fund</source>
        <translation>Новый фонд</translation>
    </message>
    <message>
        <source>(none: a root fund)</source>
        <translation>(нет: корневой фонд)</translation>
    </message>
    <message>
        <source>Fixed: a lump sum</source>
        <translation>Фиксированный: единая сумма</translation>
    </message>
    <message>
        <source>Accrual: grows with sell-in</source>
        <translation>Начисляемый: растёт с отгрузками</translation>
    </message>
    <message>
        <source>% of gross sales</source>
        <translation>% валовых продаж</translation>
    </message>
    <message>
        <source>per unit sold</source>
        <translation>за проданную единицу</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The most the fund may pay out as lump sums or cash</source>
        <translation>Наибольшая сумма, которую фонд может выплатить единовременно или деньгами</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>P&amp;arent:</source>
        <translation>Р&amp;одитель:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Accrues:</source>
        <translation>Начисляется:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Бренд:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>Р&amp;егион:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Accrual: %1</source>
        <translation>Начисление: %1</translation>
    </message>
    <message>
        <source>Cash limit: %1</source>
        <translation>Лимит денежных выплат: %1</translation>
    </message>
    <message>
        <source>Fund not created</source>
        <translation>Фонд не создан</translation>
    </message>
</context>
<context>
    <name>uplift::app::PivotBuilder</name>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>&amp;Save layout…</source>
        <translation>Со&amp;хранить макет…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>T&amp;otals</source>
        <translation>&amp;Итоги</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Пост&amp;роить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>The reporting view the pivot reads (docs/reporting-views.md)</source>
        <translation>Отчётное представление, из которого читает сводная таблица (docs/reporting-views.md)</translation>
    </message>
    <message>
        <source>Open a saved layout</source>
        <translation>Открыть сохранённый макет</translation>
    </message>
    <message>
        <source>Save this layout under a name (the same name replaces it)</source>
        <translation>Сохранить этот макет под именем (то же имя заменяет его)</translation>
    </message>
    <message>
        <source>Delete the saved layout chosen</source>
        <translation>Удалить выбранный сохранённый макет</translation>
    </message>
    <message>
        <source>Drag a dimension to Rows, Columns or Filters and a measure (Σ) to Values; double-click adds it, the context menu offers every zone</source>
        <translation>Перетащите измерение в «Строки», «Столбцы» или «Фильтры», а меру (Σ) — в «Значения»; двойной щелчок добавляет поле, контекстное меню предлагает любую зону</translation>
    </message>
    <message>
        <source>One table row per combination of these dimensions</source>
        <translation>Одна строка таблицы на каждое сочетание этих измерений</translation>
    </message>
    <message>
        <source>One column per combination of these dimensions (at most 2)</source>
        <translation>Один столбец на каждое сочетание этих измерений (не больше 2)</translation>
    </message>
    <message>
        <source>The figures in the cells; choose each one&apos;s aggregate</source>
        <translation>Показатели в ячейках; выберите для каждого способ свёртки</translation>
    </message>
    <message>
        <source>Keep only the rows whose dimension is one of the values typed (separated by ;)</source>
        <translation>Оставить только строки, где измерение равно одному из введённых значений (через ;)</translation>
    </message>
    <message>
        <source>A Total column per value (with columns) and a Total row</source>
        <translation>Столбец «Итого» для каждого значения (при наличии столбцов) и строка «Итого»</translation>
    </message>
    <message>
        <source>Run the pivot (in the background)</source>
        <translation>Построить сводную таблицу (в фоне)</translation>
    </message>
    <message>
        <source>Save the table as CSV (plain, for Excel, for Russian Excel) or PDF</source>
        <translation>Сохранить таблицу в CSV (обычный, для Excel, для русского Excel) или PDF</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>Ис&amp;точник</translation>
    </message>
    <message>
        <source>Saved &amp;layouts</source>
        <translation>Сохранённые &amp;макеты</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>&amp;Поля</translation>
    </message>
    <message>
        <source>Ro&amp;ws</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation>Стол&amp;бцы</translation>
    </message>
    <message>
        <source>Val&amp;ues</source>
        <translation>&amp;Значения</translation>
    </message>
    <message>
        <source>F&amp;ilters</source>
        <translation>&amp;Фильтры</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a measure: drop it on Rows, Columns or Filters.</source>
        <translation>%1 — не мера: перетащите его в «Строки», «Столбцы» или «Фильтры».</translation>
    </message>
    <message>
        <source>%1 is in Values with every aggregate it takes.</source>
        <translation>%1 уже есть в «Значениях» со всеми допустимыми свёртками.</translation>
    </message>
    <message>
        <source>%1 is a measure: drop it on Values.</source>
        <translation>%1 — мера: перетащите её в «Значения».</translation>
    </message>
    <message>
        <source>At most %1 column dimensions.</source>
        <translation>Не больше %1 измерений в столбцах.</translation>
    </message>
    <message>
        <source>At most %1 row dimensions.</source>
        <translation>Не больше %1 измерений в строках.</translation>
    </message>
    <message>
        <source>How the cells combine %1</source>
        <translation>Как ячейки сворачивают %1</translation>
    </message>
    <message>
        <source>%1 =</source>
        <translation>%1 =</translation>
    </message>
    <message>
        <source>value; value</source>
        <translation>значение; значение</translation>
    </message>
    <message>
        <source>Keep rows whose %1 is one of these values, separated by ;</source>
        <translation>Оставить строки, где %1 равно одному из этих значений (через ;)</translation>
    </message>
    <message>
        <source>Add to &amp;values</source>
        <translation>Добавить в &amp;значения</translation>
    </message>
    <message>
        <source>Add to &amp;rows</source>
        <translation>Добавить в &amp;строки</translation>
    </message>
    <message>
        <source>Add to &amp;columns</source>
        <translation>Добавить в стол&amp;бцы</translation>
    </message>
    <message>
        <source>Add to &amp;filters</source>
        <translation>Добавить в &amp;фильтры</translation>
    </message>
    <message>
        <source>Cannot run the pivot</source>
        <translation>Не удалось построить сводную таблицу</translation>
    </message>
    <message>
        <source>No rows for this layout.</source>
        <translation>Для этого макета нет строк.</translation>
    </message>
    <message>
        <source>Layout %1 replaced.</source>
        <translation>Макет %1 заменён.</translation>
    </message>
    <message>
        <source>Layout %1 saved.</source>
        <translation>Макет %1 сохранён.</translation>
    </message>
    <message>
        <source>Cannot save the layout</source>
        <translation>Не удалось сохранить макет</translation>
    </message>
    <message>
        <source>Cannot open the layout %1</source>
        <translation>Не удалось открыть макет %1</translation>
    </message>
    <message>
        <source>Layout %1 opened.</source>
        <translation>Макет %1 открыт.</translation>
    </message>
    <message>
        <source>Cannot delete the layout %1</source>
        <translation>Не удалось удалить макет %1</translation>
    </message>
    <message>
        <source>Layout %1 deleted.</source>
        <translation>Макет %1 удалён.</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Сохранить макет</translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation>Имя макета:</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>Удалить макет</translation>
    </message>
    <message>
        <source>Delete the saved layout %1?</source>
        <translation>Удалить сохранённый макет %1?</translation>
    </message>
    <message>
        <source>Export the pivot</source>
        <translation>Экспорт сводной таблицы</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uplift::app::PivotDropZone</name>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>uplift::app::PnlPanel</name>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profit and loss&lt;/b&gt;</source>
        <translation>&lt;b&gt;Прибыль и убытки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Валовые продажи</translation>
    </message>
    <message>
        <source>Trade spend</source>
        <translation>Затраты на промо</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Чистые продажи</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Валовая маржа</translation>
    </message>
    <message>
        <source>Baseline units</source>
        <translation>Базовый объём, шт.</translation>
    </message>
    <message>
        <source>Promoted units</source>
        <translation>Объём в промо, шт.</translation>
    </message>
    <message>
        <source>Incremental units</source>
        <translation>Прирост, шт.</translation>
    </message>
    <message>
        <source>Incremental profit</source>
        <translation>Дополнительная прибыль</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Break-even lift</source>
        <translation>Безубыточный прирост</translation>
    </message>
    <message>
        <source>The lift over baseline at which the promotion&apos;s incremental profit is zero</source>
        <translation>Прирост к базе, при котором дополнительная прибыль промоакции равна нулю</translation>
    </message>
    <message>
        <source>Variable %1, fixed %2</source>
        <translation>Переменные %1, постоянные %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>uplift::app::PriceTableModel</name>
    <message>
        <source>Central list</source>
        <translation>Центральный прайс-лист</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Прайсовая цена</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость</translation>
    </message>
</context>
<context>
    <name>uplift::app::PricesSection</name>
    <message>
        <source>Prices change through imports (File › Import…); each row is valid from and to the dates shown, both included.</source>
        <translation>Цены меняются через импорт (Файл › Импорт…); каждая строка действует с указанной даты по указанную дату включительно.</translation>
    </message>
    <message>
        <source>since always</source>
        <translation>без начала</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>бессрочно</translation>
    </message>
</context>
<context>
    <name>uplift::app::ProductTableModel</name>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Прайсовая цена</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>изменение поля «%1» у %2</translation>
    </message>
    <message>
        <source>The product is no longer in the list; reload and try again.</source>
        <translation>Товара больше нет в списке; обновите список и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>uplift::app::ProductsSection</name>
    <message>
        <source>Read-only: changing products needs the right “%1”.</source>
        <translation>Только просмотр: для изменения товаров нужно право «%1».</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Изменение отклонено</translation>
    </message>
</context>
<context>
    <name>uplift::app::PromotionCalendar</name>
    <message>
        <source>No promotion matches the filters.</source>
        <translation>Нет промоакций, подходящих под фильтры.</translation>
    </message>
</context>
<context>
    <name>uplift::app::PromotionEditor</name>
    <message>
        <source>Promotion %1</source>
        <translation>Промоакция %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;План</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Сценарии</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Изменение отклонено</translation>
    </message>
    <message>
        <source>Change depth of %1 in %2</source>
        <translation>Изменение глубины %1 в %2</translation>
    </message>
    <message>
        <source>Change planned units of %1 in %2</source>
        <translation>Изменение планового объёма %1 в %2</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Механика</translation>
    </message>
    <message>
        <source>Depth or amount</source>
        <translation>Глубина или сумма</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Механики</translation>
    </message>
    <message>
        <source>The promotion is no longer in the file.</source>
        <translation>Этой промоакции больше нет в файле.</translation>
    </message>
    <message>
        <source>Read-only: user “%1” may not change this promotion (it needs the right “promotions.edit” for its brands or account).</source>
        <translation>Только просмотр: пользователь «%1» не может менять эту промоакцию (нужно право «promotions.edit» на её бренды или клиента).</translation>
    </message>
    <message>
        <source>The promotion is running: a new depth applies from today (%1); earlier days keep theirs. The plan shows the depth at the start.</source>
        <translation>Промоакция идёт: новая глубина действует с сегодняшнего дня (%1), прошедшие дни сохраняют прежнюю. План показывает глубину на начало.</translation>
    </message>
    <message>
        <source>Double-click a depth or planned units to change it; leave planned units empty to use the model&apos;s forecast.</source>
        <translation>Дважды щёлкните глубину или плановый объём, чтобы изменить; пустой плановый объём означает прогноз модели.</translation>
    </message>
    <message>
        <source>Cannot read promotion %1</source>
        <translation>Не удалось прочитать промоакцию %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Depth not changed</source>
        <translation>Глубина не изменена</translation>
    </message>
    <message>
        <source>Planned units not changed</source>
        <translation>Плановый объём не изменён</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why? The reason is kept in the promotion&apos;s history.</source>
        <translation>Почему? Причина сохраняется в истории промоакции.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 – %4)</source>
        <translation>%1 по %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>Approve %1 despite overlaps</source>
        <translation>Утвердить %1 несмотря на пересечения</translation>
    </message>
    <message>
        <source>%1 overlaps %2. Give the reason to approve it anyway:</source>
        <translation>%1 пересекается с %2. Укажите причину, чтобы всё же утвердить:</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>Действие «%1» отклонено</translation>
    </message>
</context>
<context>
    <name>uplift::app::PromotionFilterBar</name>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Show promotions in these states</source>
        <translation>Показывать промоакции в этих состояниях</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show every promotion</source>
        <translation>Показать все промоакции</translation>
    </message>
    <message>
        <source>In store from</source>
        <translation>В магазине с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Все бренды</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>States: %1</source>
        <translation>Состояний: %1</translation>
    </message>
</context>
<context>
    <name>uplift::app::PromotionHeader</name>
    <message>
        <source>%1 – %2 (%3, %4 days)</source>
        <translation>%1 – %2 (%3, дней: %4)</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>Н%1</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>В магазине</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>uplift::app::PromotionHistoryTab</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>uplift::app::PromotionLinesModel</name>
    <message>
        <source>manual</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>model ×%1</source>
        <translation>модель ×%1</translation>
    </message>
    <message>
        <source>A manual forecast; clear the cell to use the model&apos;s.</source>
        <translation>Ручной прогноз; очистите ячейку, чтобы вернуть прогноз модели.</translation>
    </message>
    <message>
        <source>The model&apos;s forecast: baseline × lift. Type a number to override it.</source>
        <translation>Прогноз модели: база × прирост. Введите число, чтобы задать свой.</translation>
    </message>
    <message>
        <source>Average weekly units of the 13 weeks before the start; weeks used: %1</source>
        <translation>Средние продажи в неделю за 13 недель до начала; учтено недель: %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Baseline/week</source>
        <translation>База/нед.</translation>
    </message>
    <message>
        <source>Planned units</source>
        <translation>План, шт.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Прайсовая цена</translation>
    </message>
    <message>
        <source>Promoted price</source>
        <translation>Промо-цена</translation>
    </message>
    <message>
        <source>Depth of %1: %2</source>
        <translation>Глубина %1: %2</translation>
    </message>
    <message>
        <source>Planned units of %1: “%2” is not a whole number; leave the cell empty to use the model&apos;s forecast.</source>
        <translation>Плановый объём %1: «%2» — не целое число; оставьте ячейку пустой, чтобы использовать прогноз модели.</translation>
    </message>
</context>
<context>
    <name>uplift::app::PromotionListModel</name>
    <message>
        <source>Promotion</source>
        <translation>Промоакция</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>In store from</source>
        <translation>В магазине с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиций</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
</context>
<context>
    <name>uplift::app::PromotionsSection</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Copy to &amp;next year</source>
        <translation>Копировать на &amp;следующий год</translation>
    </message>
    <message>
        <source>Find a promotion, campaign or account (Ctrl+F)</source>
        <translation>Найти промоакцию, кампанию или клиента (Ctrl+F)</translation>
    </message>
    <message>
        <source>Creating promotions needs the right “%1”.</source>
        <translation>Для создания промоакций нужно право «%1».</translation>
    </message>
    <message>
        <source>A draft copy of the selected promotion 52 weeks later</source>
        <translation>Черновик-копия выбранной промоакции на 52 недели позже</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>Accounts by channel</source>
        <translation>Клиенты по каналам</translation>
    </message>
    <message>
        <source>Brands by category</source>
        <translation>Бренды по категориям</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Zoom to about a quarter (+)</source>
        <translation>Масштаб: около квартала (+)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Zoom to about a year (−)</source>
        <translation>Масштаб: около года (−)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Scroll to today (Home)</source>
        <translation>Перейти к сегодняшнему дню (Home)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Масштаб:</translation>
    </message>
    <message>
        <source>Double-click a bar to open it; click a group to fold it.</source>
        <translation>Двойной щелчок по полосе открывает промоакцию; щелчок по группе сворачивает её.</translation>
    </message>
    <message>
        <source>Copy promotion</source>
        <translation>Копирование промоакции</translation>
    </message>
    <message>
        <source>Select a promotion to copy first.</source>
        <translation>Сначала выберите промоакцию для копирования.</translation>
    </message>
    <message>
        <source>Promotion not copied</source>
        <translation>Промоакция не скопирована</translation>
    </message>
</context>
<context>
    <name>uplift::app::ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
</context>
<context>
    <name>uplift::app::RepExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Export rep file</source>
        <translation>Выгрузка файла представителя</translation>
    </message>
    <message>
        <source>%1 (partners: %2)</source>
        <translation>%1 (партнёров: %2)</translation>
    </message>
    <message>
        <source>%1 — %2 (partners: %3)</source>
        <translation>%1 — %2 (партнёров: %3)</translation>
    </message>
    <message>
        <source>This is a rep file: export rep files from the main file.</source>
        <translation>Это файл представителя: выгружайте файлы представителей из основного файла.</translation>
    </message>
    <message>
        <source>Exporting rep files needs the right “%1”.</source>
        <translation>Для выгрузки файлов представителей нужно право «%1».</translation>
    </message>
    <message>
        <source>No rep has partners: give accounts a rep first (column “rep” of the accounts import).</source>
        <translation>Ни у одного представителя нет партнёров: сначала назначьте клиентам представителя (столбец «rep» импорта клиентов).</translation>
    </message>
    <message>
        <source>The file holds the rep&apos;s partners, the catalogue and prices, their targets (editable) and promotions (read-only).</source>
        <translation>В файл войдут партнёры представителя, каталог и цены, их цели (редактируемые) и акции (только для чтения).</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Представитель:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Uplift files (*.uplift);;All files (*)</source>
        <translation>Файлы Uplift (*.uplift);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exporting the file of rep %1…</source>
        <translation>Выгрузка файла представителя %1…</translation>
    </message>
    <message>
        <source>Exported %1 for rep %2: %3 accounts, %4 targets, %5 promotions, %6 products.</source>
        <translation>Выгружен %1 для представителя %2: клиентов — %3, целей — %4, акций — %5, товаров — %6.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
    <message>
        <source>No file was written: %1</source>
        <translation>Файл не записан: %1</translation>
    </message>
    <message>
        <source>Cannot export the rep file</source>
        <translation>Не удалось выгрузить файл представителя</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
</context>
<context>
    <name>uplift::app::RepFileActions</name>
    <message>
        <source>E&amp;xport rep file…</source>
        <translation>В&amp;ыгрузить файл представителя…</translation>
    </message>
    <message>
        <source>&amp;Merge rep file…</source>
        <translation>&amp;Объединить файл представителя…</translation>
    </message>
    <message>
        <source>Write a file for one sales rep to work on offline.</source>
        <translation>Записать файл для работы одного торгового представителя без связи.</translation>
    </message>
    <message>
        <source>Bring a rep&apos;s target changes back into this file.</source>
        <translation>Перенести изменения целей представителя в этот файл.</translation>
    </message>
    <message>
        <source>Not available in a rep file.</source>
        <translation>Недоступно в файле представителя.</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>Merge rep file</source>
        <translation>Объединение файла представителя</translation>
    </message>
    <message>
        <source>Uplift files (*.uplift);;All files (*)</source>
        <translation>Файлы Uplift (*.uplift);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>uplift::app::RepMergeDialog</name>
    <message>
        <source>Keep &amp;HQ for all</source>
        <translation>Везде оставить &amp;HQ</translation>
    </message>
    <message>
        <source>Take &amp;rep&apos;s for all</source>
        <translation>Везде взять значения &amp;представителя</translation>
    </message>
    <message>
        <source>Merge rep file</source>
        <translation>Объединение файла представителя</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Merge %1 into %2.</source>
        <translation>Объединить %1 с %2.</translation>
    </message>
    <message>
        <source>Merging %1 with your choices…</source>
        <translation>Объединение %1 с вашим выбором…</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Объединение %1…</translation>
    </message>
    <message>
        <source>The main file changed while you chose; these are the conflicts now.</source>
        <translation>Пока вы выбирали, основной файл изменился; вот конфликты на сейчас.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>Отменено: ничего не объединено.</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Ничего не объединено: %1</translation>
    </message>
    <message>
        <source>Cannot merge %1</source>
        <translation>Не удалось объединить %1</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1 (targets changed both at HQ and by rep %2 since the export). Nothing has been merged yet: choose which value to keep for each, then Apply.</source>
        <translation>Конфликтов для решения: %1 (цели, изменённые после выгрузки и в HQ, и представителем %2). Пока ничего не объединено: выберите для каждого, какое значение оставить, затем нажмите «Применить».</translation>
    </message>
    <message>
        <source>Nothing new to merge: the main file already holds what this file brings (changes already here: %1).</source>
        <translation>Нечего объединять: в основном файле уже есть всё, что несёт этот файл (изменений уже здесь: %1).</translation>
    </message>
    <message>
        <source>Merged the file of rep %1. Targets applied: %2; already in the main file: %3.</source>
        <translation>Файл представителя %1 объединён. Применено целей: %2; уже было в основном файле: %3.</translation>
    </message>
    <message>
        <source>Conflicts where HQ&apos;s value was kept: %1.</source>
        <translation>Конфликтов, где оставлено значение HQ: %1.</translation>
    </message>
    <message>
        <source>Choose which value to keep for every conflict first.</source>
        <translation>Сначала выберите значение для каждого конфликта.</translation>
    </message>
</context>
<context>
    <name>uplift::app::ReportPdfExport</name>
    <message numerus="yes">
        <source>Generated %1 by %2 from %3; business date %4; %n row(s)</source>
        <translation>
            <numerusform>Создано %1, %2, из %3; рабочая дата %4; %n строка</numerusform>
            <numerusform>Создано %1, %2, из %3; рабочая дата %4; %n строки</numerusform>
            <numerusform>Создано %1, %2, из %3; рабочая дата %4; %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uplift::app::ReportsSection</name>
    <message>
        <source>Promotion</source>
        <translation>Промоакция</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Финансовый период</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Утверждающий</translation>
    </message>
    <message>
        <source>Account × reason × month</source>
        <translation>Клиент × причина × месяц</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>All &amp;dates</source>
        <translation>Все &amp;даты</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Построить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Promotion ROI</source>
        <translation>ROI промоакций</translation>
    </message>
    <message>
        <source>Brand × channel</source>
        <translation>Бренд × канал</translation>
    </message>
    <message>
        <source>Discount analysis</source>
        <translation>Анализ скидок</translation>
    </message>
    <message>
        <source>Unjustified discounts</source>
        <translation>Необоснованные скидки</translation>
    </message>
    <message>
        <source>The standard reports: the same figures as uplift-cli report</source>
        <translation>Стандартные отчёты: те же цифры, что и в uplift-cli report</translation>
    </message>
    <message>
        <source>Report over every date in the file</source>
        <translation>Отчёт по всем датам файла</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Все бренды</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>An account and the accounts below it</source>
        <translation>Клиент и все клиенты ниже его в иерархии</translation>
    </message>
    <message>
        <source>Run the report with these options (runs in the background)</source>
        <translation>Построить отчёт с этими параметрами (в фоне)</translation>
    </message>
    <message>
        <source>Save the table as CSV (plain, for Excel, for Russian Excel) or PDF</source>
        <translation>Сохранить таблицу в CSV (обычный, для Excel, для русского Excel) или PDF</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>П&amp;о</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Группировка</translation>
    </message>
    <message>
        <source>Bra&amp;nd</source>
        <translation>Б&amp;ренд</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ка&amp;нал</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot run the report</source>
        <translation>Не удалось построить отчёт</translation>
    </message>
    <message>
        <source>No rows for these options.</source>
        <translation>Нет строк для этих параметров.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Группировка: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Brand %1</source>
        <translation>Бренд %1</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Канал %1</translation>
    </message>
    <message>
        <source>Account %1 and below</source>
        <translation>Клиент %1 и ниже</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>На сегодня</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>Бюджет и факт</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Каскад</translation>
    </message>
    <message>
        <source>Post-event sheet</source>
        <translation>Итоги промоакции</translation>
    </message>
    <message>
        <source>The promotion whose sheet to show (its id)</source>
        <translation>Промоакция, итоги которой показать (её код)</translation>
    </message>
    <message>
        <source>&amp;Promotion</source>
        <translation>Промо&amp;акция</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Промоакция %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Торговый представитель</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Fund activity</source>
        <translation>Движение по фонду</translation>
    </message>
    <message>
        <source>Ad-hoc</source>
        <translation>Произвольный анализ</translation>
    </message>
    <message>
        <source>SQL console</source>
        <translation>SQL-консоль</translation>
    </message>
    <message>
        <source>Read-only SQL over the reporting views (docs/reporting-views.md)</source>
        <translation>SQL только для чтения по отчётным представлениям (docs/reporting-views.md)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Only promotions in this status (as shown: active, ended…)</source>
        <translation>Только промоакции в этом статусе (как показан: идёт, завершена…)</translation>
    </message>
    <message>
        <source>The fund whose ledger to show</source>
        <translation>Фонд, журнал которого показать</translation>
    </message>
    <message>
        <source>Print the report as its PDF looks (Ctrl+P)</source>
        <translation>Напечатать отчёт так, как выглядит его PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Р&amp;егион</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation>&amp;Фонд</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>период %1</translation>
    </message>
    <message>
        <source>rep %1</source>
        <translation>представитель %1</translation>
    </message>
    <message>
        <source>account %1 and below</source>
        <translation>клиент %1 и ниже</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fund %1</source>
        <translation>Фонд %1</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Все периоды</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Период %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Представитель %1</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Регион %1</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Статус %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Отправлено на %1.</translation>
    </message>
    <message>
        <source>No source rows are recorded for this row.</source>
        <translation>Для этой строки исходные строки не записаны.</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Сводная таблица</translation>
    </message>
    <message>
        <source>Any dimensions by any measures over the reporting views</source>
        <translation>Любые измерения и меры по отчётным представлениям</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved pivot %1: opens and runs it</source>
        <translation>Сохранённая сводная таблица %1: открыть и построить</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Категор&amp;ия</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Категория %1</translation>
    </message>
</context>
<context>
    <name>uplift::app::ReturnDialog</name>
    <message>
        <source>New return or write-off</source>
        <translation>Новый возврат или списание</translation>
    </message>
    <message>
        <source>Return: goods sent back</source>
        <translation>Возврат: товар возвращён клиентом</translation>
    </message>
    <message>
        <source>Write-off: goods or money given up</source>
        <translation>Списание: отказ от товара или денег</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Артикул:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Штуки:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation>Выберите клиента.</translation>
    </message>
    <message>
        <source>Choose the sku.</source>
        <translation>Выберите артикул.</translation>
    </message>
    <message>
        <source>Type the amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Сумма: %1</translation>
    </message>
</context>
<context>
    <name>uplift::app::ReturnTableModel</name>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Imported in batch %1</source>
        <translation>Загружено пакетом %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Штуки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Кем внесено</translation>
    </message>
</context>
<context>
    <name>uplift::app::ReturnsPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>Созд&amp;ать…</translation>
    </message>
    <message>
        <source>Returns and write-offs</source>
        <translation>Возвраты и списания</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>Списания</translation>
    </message>
    <message>
        <source>Enter a return or a write-off</source>
        <translation>Внести возврат или списание</translation>
    </message>
    <message>
        <source>Needs the right “%1”.</source>
        <translation>Нужно право «%1».</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot read the returns</source>
        <translation>Не удалось прочитать возвраты</translation>
    </message>
    <message>
        <source>Returns %1, write-offs %2.</source>
        <translation>Возвраты: %1, списания: %2.</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Не удалось прочитать файл</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Не внесено</translation>
    </message>
    <message>
        <source>Entry not undone</source>
        <translation>Ввод не отменён</translation>
    </message>
    <message>
        <source>return of %1 from %2</source>
        <translation>возврат %1 от клиента %2</translation>
    </message>
    <message>
        <source>write-off of %1 for %2</source>
        <translation>списание %1 по клиенту %2</translation>
    </message>
</context>
<context>
    <name>uplift::app::RuleFiringModel</name>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <source>From fund</source>
        <translation>Из фонда</translation>
    </message>
    <message>
        <source>To fund</source>
        <translation>В фонд</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>uplift::app::RuleLogModel</name>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>Учётная дата</translation>
    </message>
    <message>
        <source>From fund</source>
        <translation>Из фонда</translation>
    </message>
    <message>
        <source>To fund</source>
        <translation>В фонд</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>Проведено в</translation>
    </message>
</context>
<context>
    <name>uplift::app::ScenariosTab</name>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;Новый сценарий…</translation>
    </message>
    <message>
        <source>Copy the chosen scenario&apos;s tactics into a new scenario to compare</source>
        <translation>Скопировать механики выбранного сценария в новый сценарий для сравнения</translation>
    </message>
    <message>
        <source>Scenarios are versions of the promotion&apos;s tactics and depth. The chosen one is the plan; edits on the Plan tab change it.</source>
        <translation>Сценарии — версии механик и глубины промоакции. Выбранный сценарий и есть план; правки на вкладке «План» меняют его.</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Валовые продажи</translation>
    </message>
    <message>
        <source>Trade spend</source>
        <translation>Затраты на промо</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Чистые продажи</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Валовая маржа</translation>
    </message>
    <message>
        <source>Incremental units</source>
        <translation>Прирост, шт.</translation>
    </message>
    <message>
        <source>Incremental profit</source>
        <translation>Дополнительная прибыль</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Break-even lift</source>
        <translation>Безубыточный прирост</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (выбран)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>Название нового сценария:</translation>
    </message>
    <message>
        <source>Scenario not added</source>
        <translation>Сценарий не добавлен</translation>
    </message>
    <message>
        <source>Scenario not chosen</source>
        <translation>Сценарий не выбран</translation>
    </message>
</context>
<context>
    <name>uplift::app::SessionBar</name>
    <message>
        <source>User: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Пользователь: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Today: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Сегодня: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Offline — rep file of %1</source>
        <translation>Офлайн — файл представителя %1</translation>
    </message>
    <message>
        <source>Targets of your partners travel back to the main file when it is merged; everything else here is read-only.</source>
        <translation>Цели ваших партнёров вернутся в основной файл при слиянии; всё остальное здесь только для чтения.</translation>
    </message>
</context>
<context>
    <name>uplift::app::SkuPicker</name>
    <message>
        <source>Find a sku</source>
        <translation>Найти артикул</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>uplift::app::SourceRowsDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Rows behind: %1</source>
        <translation>Строки за показателем: %1</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Чтение строк…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s rows as CSV (plain, for Excel, for Russian Excel) or PDF</source>
        <translation>Сохранить строки этой вкладки в CSV (обычный, для Excel, для русского Excel) или PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>first %1 of %2 rows</source>
        <translation>первые %1 из %2 строк</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1 %2</source>
        <translation>итого %1 %2</translation>
    </message>
    <message>
        <source> — matches the report&apos;s figure %1</source>
        <translation> — совпадает с показателем отчёта %1</translation>
    </message>
    <message>
        <source> — does NOT match the report&apos;s figure %1: the file changed since the report ran, run it again</source>
        <translation> — НЕ совпадает с показателем отчёта %1: файл изменился после построения отчёта, постройте его заново</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Ошибка.</translation>
    </message>
    <message>
        <source>Cannot read the rows</source>
        <translation>Не удалось прочитать строки</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No rows lie behind this figure.</source>
        <translation>За этим показателем нет строк.</translation>
    </message>
    <message>
        <source>there is no table to export</source>
        <translation>нет таблицы для экспорта</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
</context>
<context>
    <name>uplift::app::SqlConsole</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Стоп</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Reporting views</source>
        <translation>Отчётные представления</translation>
    </message>
    <message>
        <source>Double-click a view or a column to put its name in at the cursor</source>
        <translation>Дважды щёлкните представление или столбец, чтобы вставить его имя в позицию курсора</translation>
    </message>
    <message>
        <source>SELECT brand, sum(units) AS units FROM v_actuals GROUP BY brand ORDER BY units DESC</source>
        <translation>SELECT brand, sum(units) AS units FROM v_actuals GROUP BY brand ORDER BY units DESC</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter); it runs in the background</source>
        <translation>Выполнить запрос (Ctrl+Enter); он выполняется в фоне</translation>
    </message>
    <message>
        <source>Stop the running query or export</source>
        <translation>Остановить выполняемый запрос или экспорт</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>A query still running after this many seconds is stopped</source>
        <translation>Запрос, который выполняется дольше этого числа секунд, останавливается</translation>
    </message>
    <message>
        <source>Time &amp;limit</source>
        <translation>&amp;Лимит времени</translation>
    </message>
    <message>
        <source>Run the query again and save every row as CSV (plain, for Excel, for Russian Excel) or PDF</source>
        <translation>Выполнить запрос заново и сохранить все строки в CSV (обычный, для Excel, для русского Excel) или PDF</translation>
    </message>
    <message>
        <source>Type one SELECT over the reporting views first.</source>
        <translation>Сначала введите один SELECT по отчётным представлениям.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Не выполнен.</translation>
    </message>
    <message>
        <source>first %1 of %2 rows in %3 ms</source>
        <translation>первые %1 из %2 строк за %3 мс</translation>
    </message>
    <message>
        <source>1 row in %1 ms</source>
        <translation>1 строка за %1 мс</translation>
    </message>
    <message>
        <source>%1 rows in %2 ms</source>
        <translation>строк: %1 за %2 мс</translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation>Запрос: %1</translation>
    </message>
    <message>
        <source>Run a query first: the export writes the rows of the query shown.</source>
        <translation>Сначала выполните запрос: экспорт записывает строки показанного запроса.</translation>
    </message>
    <message>
        <source>Export the query</source>
        <translation>Экспорт запроса</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Экспорт остановлен; ничего не записано.</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>Не экспортировано.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL-запрос</translation>
    </message>
</context>
<context>
    <name>uplift::app::StartPage</name>
    <message>
        <source>Uplift</source>
        <translation>Uplift</translation>
    </message>
    <message>
        <source>Trade promotions, funds and targets over one local file.</source>
        <translation>Промоакции, фонды и планы продаж в одном локальном файле.</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Новый файл…</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Недавних файлов пока нет.</translation>
    </message>
</context>
<context>
    <name>uplift::app::StockOutRiskList</name>
    <message>
        <source>Promotion</source>
        <translation>Промоакция</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Ship period</source>
        <translation>Период отгрузки</translation>
    </message>
    <message>
        <source>Planned units</source>
        <translation>План, шт.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Inventory date</source>
        <translation>Дата остатка</translation>
    </message>
</context>
<context>
    <name>uplift::app::TargetGapsPanel</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Штуки</translation>
    </message>
    <message>
        <source>Top-down units</source>
        <translation>Штуки сверху вниз</translation>
    </message>
    <message>
        <source>Gap units</source>
        <translation>Разница, шт.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Top-down value</source>
        <translation>Сумма сверху вниз</translation>
    </message>
    <message>
        <source>Gap value</source>
        <translation>Разница, сумма</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Кем задано</translation>
    </message>
    <message>
        <source>Keep the current (bottom-up) value as the target</source>
        <translation>Оставить текущее (снизу вверх) значение целью</translation>
    </message>
    <message>
        <source>Restore the top-down value</source>
        <translation>Вернуть значение сверху вниз</translation>
    </message>
    <message>
        <source>Set another value for both</source>
        <translation>Задать другое значение для обеих версий</translation>
    </message>
    <message>
        <source>Cannot read the targets</source>
        <translation>Не удалось прочитать цели</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No gaps: every target agrees with its top-down version.</source>
        <translation>Расхождений нет: все цели совпадают с версией сверху вниз.</translation>
    </message>
    <message>
        <source>%1 targets differ from their top-down version; together %2.</source>
        <translation>Целей, отличающихся от версии сверху вниз: %1; в сумме %2.</translation>
    </message>
    <message>
        <source>Gap not decided</source>
        <translation>Расхождение не решено</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Изменить цель</translation>
    </message>
    <message>
        <source>Units for %1 %2 %3:</source>
        <translation>Штуки для %1 %2 %3:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Не сумма</translation>
    </message>
</context>
<context>
    <name>uplift::app::TargetGridModel</name>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>%1 / %2, %3</source>
        <translation>%1 / %2, %3</translation>
    </message>
    <message>
        <source>%1 units, %2</source>
        <translation>%1 шт., %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1
Current target: %2
Top-down: %3</source>
        <translation>%1
Текущая цель: %2
Сверху вниз: %3</translation>
    </message>
    <message>
        <source>
Gap to top-down: %1 units, %2</source>
        <translation>
Отклонение от разбивки сверху: %1 шт., %2</translation>
    </message>
    <message>
        <source>
Read-only: needs the right “targets.edit”, or “targets.edit_own” for one&apos;s own partners.</source>
        <translation>
Только чтение: нужно право «targets.edit» или «targets.edit_own» для своих партнёров.</translation>
    </message>
    <message>
        <source>%1 — %2, region %3</source>
        <translation>%1 — %2, регион %3</translation>
    </message>
    <message>
        <source>The sum of the row&apos;s top-down versions: what the last disaggregation gave it</source>
        <translation>Сумма версий строки сверху вниз: то, что дала ей последняя разбивка</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Top-down</source>
        <translation>Сверху вниз</translation>
    </message>
    <message>
        <source>%1 / %2, %3: %4</source>
        <translation>%1 / %2, %3: %4</translation>
    </message>
    <message>
        <source>Target %1 %2 / %3</source>
        <translation>Цель %1 %2 / %3</translation>
    </message>
</context>
<context>
    <name>uplift::app::TargetTotalsBar</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uplift::app::TargetsSection</name>
    <message>
        <source>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; differs from the top-down version (shown in grey)</source>
        <translation>&lt;span style=&quot;background:%1&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; отличается от разбивки сверху (она показана серым)</translation>
    </message>
    <message>
        <source>&amp;Paste block</source>
        <translation>&amp;Вставить блок</translation>
    </message>
    <message>
        <source>&amp;Disaggregate…</source>
        <translation>&amp;Разбить…</translation>
    </message>
    <message>
        <source>Paste block</source>
        <translation>Вставить блок</translation>
    </message>
    <message>
        <source>Paste tab-separated rows from a spreadsheet at the current cell (Ctrl+V): all cells in one step, or none.</source>
        <translation>Вставить строки из электронной таблицы (через табуляцию) в текущую ячейку (Ctrl+V): все ячейки одним шагом или ни одной.</translation>
    </message>
    <message>
        <source>Split an HQ total of a period over divisions, reps or partners × brands</source>
        <translation>Разбить общую цель периода по дивизионам, представителям или партнёрам × брендам</translation>
    </message>
    <message>
        <source>Needs the right “targets.disaggregate”.</source>
        <translation>Нужно право «targets.disaggregate».</translation>
    </message>
    <message>
        <source>Offline rep file of %1: enter the targets of your partners; everything else in this file is read-only.</source>
        <translation>Офлайн-файл представителя %1: вводите цели своих партнёров; всё остальное в этом файле только для чтения.</translation>
    </message>
    <message>
        <source>Read-only: changing targets needs the right “targets.edit” (or “targets.edit_own” for one&apos;s own partners).</source>
        <translation>Только чтение: для изменения целей нужно право «targets.edit» (или «targets.edit_own» для своих партнёров).</translation>
    </message>
    <message>
        <source>Not a target</source>
        <translation>Это не цель</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Rep:</source>
        <translation>Представитель:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Бренд:</translation>
    </message>
    <message>
        <source>The year whose targets the grid shows</source>
        <translation>Год, цели которого показывает таблица</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Кварталы</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Штуки</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Cannot read the targets</source>
        <translation>Не удалось прочитать цели</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Все представители</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Все бренды</translation>
    </message>
    <message>
        <source>Paste refused</source>
        <translation>Вставка отклонена</translation>
    </message>
    <message>
        <source>Select the cell where the block&apos;s first value goes.</source>
        <translation>Выберите ячейку, куда пойдёт первое значение блока.</translation>
    </message>
    <message>
        <source>Row %1, column %2 of the block</source>
        <translation>Строка %1, столбец %2 блока</translation>
    </message>
    <message>
        <source>%1 falls below the last row of the grid.</source>
        <translation>%1: ниже последней строки таблицы.</translation>
    </message>
    <message>
        <source>%1 falls outside the period columns.</source>
        <translation>%1: вне столбцов периодов.</translation>
    </message>
    <message>
        <source>%1 (%2 / %3, %4)</source>
        <translation>%1 (%2 / %3, %4)</translation>
    </message>
    <message>
        <source>%1: you may not change this partner&apos;s targets.</source>
        <translation>%1: вы не можете менять цели этого партнёра.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n target(s)</source>
        <translation>
            <numerusform>Вставка %n цели</numerusform>
            <numerusform>Вставка %n целей</numerusform>
            <numerusform>Вставка %n целей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>&amp;Bottom-up gaps</source>
        <translation>&amp;Расхождения снизу вверх</translation>
    </message>
    <message>
        <source>&amp;Forecast accuracy</source>
        <translation>&amp;Точность прогноза</translation>
    </message>
</context>
<context>
    <name>uplift::app::TransitionProbe</name>
    <message>
        <source>Read-only in a rep file: only targets travel back to the main file.</source>
        <translation>Только чтение в файле представителя: в основной файл возвращаются только цели.</translation>
    </message>
</context>
<context>
    <name>uplift::app::UnitsChart</name>
    <message>
        <source>Units by week</source>
        <translation>Продажи по неделям, шт.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>W%1*</source>
        <translation>Н%1*</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>Н%1</translation>
    </message>
</context>
<context>
    <name>uplift::app::UnjustifiedGroupModel</name>
    <message>
        <source>No entitlement</source>
        <translation>Скидка не положена</translation>
    </message>
    <message>
        <source>Exceeds entitlement</source>
        <translation>Больше положенного</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Invoiced discount</source>
        <translation>Скидка в накладных</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Положено</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Превышение</translation>
    </message>
</context>
<context>
    <name>uplift::app::UnjustifiedPanel</name>
    <message>
        <source>&amp;Find unjustified discounts</source>
        <translation>Най&amp;ти необоснованные скидки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Check every invoiced discount of the actuals against the approved promotions and conditions (runs in the background)</source>
        <translation>Сверить каждую скидку в накладных из фактических продаж с утверждёнными промоакциями и условиями (выполняется в фоне)</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Проверка ещё не запускалась.</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Фильтр (Ctrl+F)</translation>
    </message>
    <message>
        <source>Double-click (or Enter) a group to list its rows</source>
        <translation>Двойной щелчок (или Enter) по группе показывает её строки</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Scanning the actuals…</source>
        <translation>Проверка фактических продаж…</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Повторить по&amp;иск</translation>
    </message>
    <message>
        <source>Cancelled: the list shows the previous run.</source>
        <translation>Прервано: в списке — результаты предыдущей проверки.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Ошибка.</translation>
    </message>
    <message>
        <source>Cannot check the discounts</source>
        <translation>Не удалось проверить скидки</translation>
    </message>
    <message>
        <source>Every invoiced discount is covered by a promotion or a condition.</source>
        <translation>Каждая скидка в накладных подкреплена промоакцией или условием.</translation>
    </message>
    <message>
        <source>%1 rows flagged in %2 groups.</source>
        <translation>Отмечено строк: %1, групп: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt;: invoiced %1, entitled %2, &lt;b&gt;excess %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Итого&lt;/b&gt;: в накладных %1, положено %2, &lt;b&gt;превышение %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;All flagged rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Все отмеченные строки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows of %1 · %2 · %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Строки: %1 · %2 · %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The file changed since this run: run again to update.</source>
        <translation>После этой проверки файл изменился: запустите её снова, чтобы обновить.</translation>
    </message>
    <message>
        <source>Export unjustified discounts</source>
        <translation>Экспорт необоснованных скидок</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to %1.</source>
        <translation>
            <numerusform>%n строка сохранена в %1.</numerusform>
            <numerusform>%n строки сохранены в %1.</numerusform>
            <numerusform>%n строк сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Все недели</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Weeks to check, counted from today</source>
        <translation>Какие недели проверять, считая от сегодняшнего дня</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>An account and the accounts below it</source>
        <translation>Клиент и все клиенты ниже его в иерархии</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the rows listed below as CSV or PDF</source>
        <translation>Сохранить строки ниже в CSV или PDF</translation>
    </message>
    <message>
        <source>all accounts</source>
        <translation>все клиенты</translation>
    </message>
    <message>
        <source>account %1 and below</source>
        <translation>клиент %1 и ниже</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;PDF files (*.pdf)</source>
        <translation>Файлы CSV (*.csv);;Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>uplift::app::UnjustifiedRowModel</name>
    <message>
        <source>%1 (W%2)</source>
        <translation>%1 (Н%2)</translation>
    </message>
    <message>
        <source>Sell-in row</source>
        <translation>Строка отгрузок (sell-in)</translation>
    </message>
    <message>
        <source>Sell-out row</source>
        <translation>Строка розничных продаж (sell-out)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Invoiced discount</source>
        <translation>Скидка в накладной</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Положено</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Превышение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>uplift::app::UserTableModel</name>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивен</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>uplift::app::UsersSection</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Adding users needs the right “%1”.</source>
        <translation>Для добавления пользователей нужно право «%1».</translation>
    </message>
    <message>
        <source>User not added</source>
        <translation>Пользователь не добавлен</translation>
    </message>
</context>
</TS>
