<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cv">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">Ҫӗнӗ пакетсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">Тиев журналӗ (викине мӗн ҫитни, малалла тиеме)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">Миниатюрӑсемпе шырав кэшӗ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">Сӑн ӳкерчӗксемпе скансене тытӑмлӑ даннӑйсемпе пӗрле Викиампара пакетпа тиесси.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">Ирӗклӗ программа, GNU GPL лицензийӗн 3-мӗш е ун хыҫҫӑнхи версийӗпе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">Сирӗн файлсем ӑҫта упранаҫҫӗ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">Мӗн ҫинче тунӑ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">Программа ӑнсӑртран хупӑнсан: ӑна тепӗр хут уҫӑр. Пакет ӗҫленӗ май хӑй тӗллӗн ҫырӑнса пырать, журнал вара хӑш файлсем викине ҫитнине пӗлет; «Тие» малалла тӑсать, пӗр файла та икӗ хут ямасть.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">Тӗрӗсленӗ куҫарусем: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">Чӗлхене тӑван чӗлхе пек пӗлекен ҫын тӗрӗслемен-ха: %1. Тӳрлетӳсене хапӑл тӑватпӑр (мӗнле ярассине translations/README.md ӑнлантарать).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation type="unfinished">йывӑрлӑх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation type="unfinished">хатӗр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">тиенет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">тиенӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">тиенӗ, даннӑйсене ҫырман-ха</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">ӑнӑҫсӑр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">пӑрахнӑ</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%n ячейка вырнаҫтар</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">Аялалла тултар</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">%1 юпара ылмаштарни</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation type="unfinished">Миниатюра</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation type="unfinished">%1 тӳрлетни</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">Палӑртнӑ хыҫҫӑн &amp;малалли сӑн ӳкерчӗке куҫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P, X, U е ҫӑлтӑр шучӗ хыҫҫӑн малалли сӑн ӳкерчӗк курӑнать</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">Юнашар танлаштарма иккӗрен пуҫласа тӑваттӑ таран сӑн ӳкерчӗк суйлӑр.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">Сулахаялла ҫавӑрни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">Сылтӑмалла ҫавӑрни</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>Пӗрне хӑварни, ытти %n сӑн ӳкерчӗке пӑрахни</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">Ҫӑлтӑрсем: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">Суйласа илни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">Пӑрахни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">Палӑртӑва пӑрахӑҫлани</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">Тӗрӗслемелли викине хута яратпӑр, тӗслӗх сӑн ӳкерчӗкӗсем хатӗрлетпӗр… (пӗрремӗш хут минут пек кирлӗ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">Тӗслӗх пакетне ҫак компьютерти тӗрӗслемелли вики валли хатӗрленӗ.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">Ӑ&amp;нлантару</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;Ят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">Кӗске &amp;ҫыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">&amp;Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">Ҫӑлк&amp;уҫ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">&amp;Лицензи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">&amp;Категорисем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">Мӗн кӑтартнӑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">В&amp;ырӑн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">&amp;Шаблонсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">Вӑ&amp;рттӑнлӑх</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">Страница шаблонӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">&amp;Мӗнӗн ҫӗнӗ версийӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">Версин кӗ&amp;ске ӑнлантарӑвӗ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">ҪҪҪҪ-УУ-КК, ҪҪҪҪ-УУ е ҪҪҪҪ. Пушӑ пулсан — сӑн ӳкерчӗке ӳкернӗ кун.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">Хӑвӑр ӗҫӗр пулсан пушӑ хӑварӑр; урӑхла — музей, кӗнеке е веб-адрес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">Категори ячӗ, «Category:» хушмасӑр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Викиданнӑйсен элеменчӗ, тӗслӗхрен Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">тӗслӗхрен {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">Метаданнӑйсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">Кашни файл валли лицензи, автор тата категорисем…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">Ҫак файлӑн лайӑхрах версине тие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">Ҫав ӳкерчӗкех кӑшт лайӑхлатнӑ чухне кӑна: пысӑкрах виҫе, лайӑхрах тӗс, шӑв-шав сахалрах е тӗрӗс ҫавӑрни. Ытти пур чухне те ҫӗнӗ файл пек тиеме тивет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">Тасатнӑ копине тиетпӗр; пикселсем те, сирӗн оригинал файл та улшӑнмаҫҫӗ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">Викири File:Name.jpg — ҫӗнӗ файл пулсан пушӑ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">Викиампар ҫӗнӗ версие ҫав ӳкерчӗкех кӑшт лайӑхлатнӑ чухне кӑна йышӑнать: пысӑкрах виҫе, лайӑхрах тӗс, шӑв-шав сахалрах е тӗрӗс ҫавӑрни. Ытти пур чухне те (урӑх сӑн ӳкерчӗк, мӗн кӑтартнине улӑштаракан касни) ҫӗнӗ файл пек тиемелле. Иккӗленетӗр пулсан, ҫӗнӗ файл тиӗр.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">%1 ятпа тиенӗ. Унӑн страницине халӗ викире тӳрлетмелле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">Викире %1 ятпа пур ӗнтӗ: ӑна тепӗр хут тиемеҫҫӗ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">Ку файлсем викире. Вӗсен страницисене халӗ унта тӳрлетмелле.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">Файлти тӗп сӑмахсем категорисем пек: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">Кашнине викире ытти категорисем пекех тӗрӗслеҫҫӗ; унта категори мар пулнисене кӑларса пӑрахӑр.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">Музей ани</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">Файлсене тӳрлетме вӗсенчен пӗрне е темиҫине суйлӑр.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>%n файл суйланӑ: улшӑну вӗсен пурне те пырса тивет.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(суйланӑ файлсенче тӗрлӗрен)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакетӑн ахаль чухнехи пӗлтерӗшӗсенчен</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">Файлтан: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Ҫак ятпа тиеӗҫ: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">Ӳкернӗ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">Ӳкерчӗкре мӗн кӑтартнӑ</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">Файла мӗнле пур, ҫапла яр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">Тиекен копирен вырӑна (GPS) кӑларса пӑрах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">Тиекен копирен камерӑн мӗнпур даннӑйӗсене кӑларса пӑрах</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">Тиев журналне ҫырма май килмерӗ (%1). Нимӗн те ҫухалман: дискра вырӑн пушатӑр е папкӑпа ӗҫлеме ирӗк пуррине тӗрӗслӗр, унтан «Тие» ҫине тепӗр хут пусӑр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">Пакета уҫма май килмерӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">Пакета ҫырса хума май килмерӗ. Папка пуррине тата дискра вырӑн пуррине тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">Файлсене импортлама май килмерӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">Пакета тӗрӗслеме май килмерӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">Тиев чарӑнчӗ.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">ят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">ӑнлантару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">кӗске ҫыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished">дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation type="unfinished">автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation type="unfinished">ҫӑлкуҫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">лицензи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">категорисем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">мӗн кӑтартнӑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">вырӑн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">шаблонсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished">файл</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation type="unfinished">Кӗретпӗр…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">%1 ятпа кӗнӗ. Файлсене ҫак аккаунтпа тиеӗҫ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Кӗреймерӗмӗр: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">Программӑсем тӗп парольпе мар, &lt;b&gt;бот паролӗпе&lt;/b&gt; кӗреҫҫӗ: вӑл эсир ирӗк панине кӑна тума пултарать, ӑна кирек хӑҫан та пӑрахӑҫлама пулать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">Викире &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; страницӑна уҫӑр, &lt;i&gt;glamuploader&lt;/i&gt; ятлӑ бот паролӗ хатӗрлӗр (тӳрлетме, страницӑсем хатӗрлеме тата файлсем тиеме ирӗклӗ), унтан кунта &lt;i&gt;YourName@glamuploader&lt;/i&gt; ята тата вики кӑтартнӑ пароле кӗртӗр. &lt;a href=&quot;%2&quot;&gt;Ботсен паролӗ мӗнле ӗҫлет&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">Ҫӗнӗ пакетсем ҫакӑнта каяҫҫӗ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation type="unfinished">Автор: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished">Лицензи: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation type="unfinished">Ҫакна пӗтӗмпех «Тӳрлет ▸ Ӗнерлевсем» менюра улӑштарма пулать, ҫак пулӑшуҫӑ вара «Пулӑшу» менюра. Инструкци («Пулӑшу ▸ Инструкци», F1) кулленхи ӗҫе утӑмӑн-утӑмӑн кӑтартать.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader: хапӑл туса кӗтетпӗр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">Хапӑл туса кӗтетпӗр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">Хӑш вики?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">Сирӗн бот паролӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">Автор тата лицензи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">Хатӗр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">Темиҫе ыйту, пӗрре ҫеҫ. Кашнине «Малалла» пускӑчпа сиктерсе хӑварма пулать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">Ҫӗнӗ пакетсене ӑҫта тиемелле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">Тиев ыйтмасӑрах пуҫланма пултартӑр тесе. Ҫакна сиктерсе хӑварма та, тиенӗ чухне кӗме те пулать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">Ҫӗнӗ пакетсем мӗнрен пуҫланаҫҫӗ; кашни файлӑн хӑйӗн пӗлтерӗшӗ пулма пултарать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">Пуҫлама пулать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader сӑн ӳкерчӗксемпе скансене Викиампара тиет: нумайне пӗр харӑс, ӑнлантарусемпе, категорисемпе тата тытӑмлӑ даннӑйсемпе пӗрле, нимӗн те яриччен кашни йывӑрлӑха кӑтартать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">&amp;Программа чӗлхи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">Чӑн Викиампар: эсир тиенине ҫийӗнчех пурте кураҫҫӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">Викиампарӑн тӗрӗслемелли копийӗ, мӗн те пулин туса пӑхма; ӑна вӑхӑтран вӑхӑта пушатаҫҫӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">Ҫак компьютерти вики, программӑна аккаунтсӑр тӗрӗслесе пӑхма (PHP тата MediaWiki лартнӑ пулмалла).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">тӗслӗхрен [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Усӑҫ ячӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">Пароле &amp;системӑн ҫӑраҫҫисен управӑшӗнче упра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">Кӗрессине &amp;тӗрӗсле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">Тӗрӗслемелли викин тест &amp;аккаунчӗпе усӑ кур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">Автор — сирӗн ята мӗнле кӑтартмалла, тӗслӗхрен [[User:Name|Name]]. Лицензи хӑвӑр ӳкернӗ сӑн ӳкерчӗксене кӑна пырса тивет; музей сканӗсен лицензине кашни файлшӑн уйрӑм суйлӑр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">&amp;Лицензи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Кашни пакет валли уйрӑм суйламалла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">Сиктер</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation type="unfinished">Таблица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation type="unfinished">Файлсене таблица пек кӑтарт, электронлӑ таблицӑри пек кашни ана валли пӗр юпа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">Сӑн ӳкерчӗксене е папкӑсене кунта туртса кӳрӗр е «Папкӑна импортла» пускӑчпа усӑ курӑр.

Унтан файлсене ӑнлантарма вӗсене суйлӑр; аялти «Йывӑрлӑхсем» панель тиес умӗн мӗн кирлине калать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">Фильтрпа пӗр килекен файл ҫук. Мӗнпур файла курма фильтра тасатӑр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">Ятпа, файл ячӗпе, ӑнлантарупа е категорипе фильтрла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">Мӗнпур файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">Суйласа илнисем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">Пӑрахманнисем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">Палӑртманнисем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">Пӗр ҫӑлтӑртан пуҫласа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">Виҫӗ ҫӑлтӑртан пуҫласа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">Файл ячӗпе сортла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">Ӳкернӗ датӑпа сортла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">Ятпа сортла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">Суйласа илнипе тата ҫӑлтӑрсемпе сортла</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">Кулленхи ӗҫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">Сӑн ӳкерчӗксен папкине чӳрече ҫине туртса кӳрӗр е «Файл ▸ Папкӑна импортла» менюпа усӑ курӑр. Ҫӗнӗ файлсем пурте суйланӑ пулаҫҫӗ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">Нумай файл суйланӑ чухне эсир ҫырни вӗсен пурне те пырса тивет: лицензине суйлӑр, автора тата категорине ҫырӑр (Enter ӑна хушать).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">Нумай файл валли пӗр ят ҫырӑр — вӗсене номерлеҫҫӗ: «Шупашкар урамӗсем 01», «Шупашкар урамӗсем 02»… Кирлӗ пулсан, файла хӑйӗн ӑнлантарӑвне тата кӗске ҫырӑвне парӑр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">«Йывӑрлӑхсем» панеле пӑхӑр. Йӑнӑшсене (хӗрлисене) тӳрлетмелле; асӑрхаттарусене йышӑнма пулать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">«Тие» (%1) ҫине пусӑр, бот паролӗпе кӗрӗр те файлсем мӗнле тиеннине сӑнӑр. Тиенӗ кашни файлран викири страницине каҫма пулать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">Сесси комплекчӗсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">Сесси комплекчӗ пӗр мероприятин ахаль чухнехи пӗлтерӗшӗсене упрать: лицензи, автор, категорисем, мӗн кӑтартнӑ, ят калӑпӗ тата сӗнмелли чӗлхесем. Йӗркелекен ӑна «Файл ▸ Ахаль чухнехи пӗлтерӗшсене комплект пек ҫырса хур» менюпа ҫырса хурать те волонтёрсене парать, вӗсем импортличчен ӑна «Файл ▸ Сесси комплектне уҫ» менюпа уҫаҫҫӗ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">«Файл ▸ Пакетӑн ахаль чухнехи пӗлтерӗшӗсем» пакетӑн кашни файлӗ мӗнрен пуҫланнине кӑтартать; файлӑн хӑйӗн пӗлтерӗшӗ яланах мала тухать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">Йывӑрлӑхсен таблици</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">Тиеве пӑсма е Викиампарти тӗрӗслекене кӑмӑлсӑрлантарма пултаракан мӗнпур япалана нимӗн те яриччен кӑтартаҫҫӗ: лицензи е автор ҫукки, вики йышӑнман е урӑх файл йышӑннӑ ятсем, ҫук категорисем, викире пур ӗнтӗ файлсем, сиенленнӗ ӳкерчӗксем.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">Нумай файлта пур йывӑрлӑх — пӗр йӗрке; вӗсене курма ӑна уҫӑр. Тӳрлетмелли файлпа ана патне куҫма йӗрке ҫине икӗ хут пусӑр. Йӑнӑшсем юлнӑ чухне «Тие» ӗҫлемест.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">Чи лайӑх сӑн ӳкерчӗксене суйласа илни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Space суйланӑ сӑн ӳкерчӗке пӗтӗм чӳрече тулли кӑтартать; стрелкӑллӑ клавишсем малалла та каялла куҫараҫҫӗ, Esc каялла тавӑрать. Z ӑна курсор тӑракан вырӑнта 100 % виҫепе кӑтартать; таврара пӑхса тухма ӑна мышьпа сӗтӗрӗр е Shift клавиша пусса тытса стрелкӑсене пусӑр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P суйласа илет, X пӑрахать (пӑрахнӑ сӑн ӳкерчӗке нихҫан та тӗрӗслемеҫҫӗ те, тиемеҫҫӗ те), U палӑртӑва пӑрахӑҫлать, 0–5 клавишсем ҫӑлтӑр параҫҫӗ, унтан малалли сӑн ӳкерчӗк курӑнать («Тӳрлет ▸ Палӑртнӑ хыҫҫӑн малалли сӑн ӳкерчӗке куҫ»). Миниатюрӑсем ҫийӗнчи список суйласа илнисене, пӑрахманнисене е ҫӑлтӑрлӑ сӑн ӳкерчӗксене ҫеҫ кӑтартать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C суйланӑ иккӗрен пуҫласа тӑваттӑ таран сӑн ӳкерчӗке юнашар танлаштарать: вӗсене пӗрле пысӑклатать те куҫарать. Чи лайӑххине мышьпа суйлӑр та K клавиша пусӑр: ӑна суйласа илеҫҫӗ, ыттисене пӑрахаҫҫӗ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">«Тӳрлет ▸ Пӗр евӗрлӗ сӑн ӳкерчӗксене купала» кашни ярӑмпа ӳкернӗ сӑн ӳкерчӗксене е пӗр пекех сӑн ӳкерчӗксене шучӗпе пӗр ӳкерчӗк пек кӑтартать; унӑн ҫинче Space вӗсене танлаштарать. «Тӳрлет ▸ Кашни купаран чи лайӑххине хӑвар» кашни купара чи нумай ҫӑлтӑрлине суйласа илет, ыттисене пӑрахать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ тата ] сӑн ӳкерчӗке 90° ҫавӑраҫҫӗ. Ярса паракан копине ҫеҫ ҫавӑраҫҫӗ, ориентаци паллипе: сирӗн файл улшӑнмасть, ӳкерчӗк пахалӑхӗ те чакмасть (JPEG сӑн ӳкерчӗксем валли ҫеҫ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S пӗтӗм сценӑна суйлать: хушшинче 20 минут тӑхтав е 300 м утни ҫук сӑн ӳкерчӗксене. Унтан эсир редакторта ҫырни вӗсен пурне те пырса тивет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">Музей таблицисем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">«Файл ▸ Музей таблицинчен ҫырса тултар» CSV, XLSX, ODS тата Pattypan-ӑн .xls файлӗсене вулать. Таблица юписене анасемпе ҫыхӑнтараҫҫӗ (ҫыхӑнӑва улӑштарма пулать), кашни йӗркене — файлпа, ячӗ е инвентарь номерӗ тӑрӑх. Файлсӑр йӗркесене тата йӗркесӗр файлсене асӑнаҫҫӗ; нимӗн те ҫухалмасть.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">Программа ӑнсӑртран хупӑнсан е ҫыхӑну татӑлсан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">Пакет ӗҫленӗ май хӑй тӗллӗн ҫырӑнса пырать. Программӑна тепӗр хут уҫӑр: вӑл пакета каллех уҫать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">Тиев журналӗ хӑш файлсем викине ҫитнине пӗлет. «Тие» ҫине тепӗр хут пусӑр — вӑл юлнисемпе малалла тӑсать; пӗр файла та икӗ хут ямасть. «Чарӑнса тӑр» халь тиенекен файл хыҫҫӑн чарӑнать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">Клавишсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">%1: тие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">%1 / %2: каялла тавӑр / тепӗр хут ту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">%1: файлсене импортла; %2: папкӑна импортла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">%1: ҫак инструкци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">Миниатюрӑсенче тата таблицӑра: P — суйласа илни, X — пӑрахни (ун пек файла нихҫан та тиемеҫҫӗ), U — палӑртӑва пӑрахӑҫлани, 0–5 — ҫӑлтӑр шучӗ; кашни клавиш хыҫҫӑн малалли сӑн ӳкерчӗк суйланать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader инструкцийӗ</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">Пакетӑн ахаль чухнехи пӗлтерӗшӗсем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">Ку пӗлтерӗшсем хӑйӗн пӗлтерӗшӗ ҫук кашни файла пырса тивеҫҫӗ. Вӗсене ытти волонтёрсене пама сесси комплекчӗ пек ҫырса хурӑр.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">тӗслӗхрен [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">Хӑвӑр ӗҫӗр пулсан пушӑ хӑварӑр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">Анасем: {title}, {date}, {n:03} (номер), {original} (файл ячӗ), {description:en}, тата комплектӑн хӑйӗн анисем, тӗслӗхрен {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">Пӗр йӗркере пӗр категори</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">Пӗр йӗркере пӗр шаблон, тӗслӗхрен {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">«%1» категорине хуш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">Мероприятин е пӗрле ӗҫленин ячӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation type="unfinished">Лицензи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Ҫӑлкуҫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">Ят калӑпӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">Ӑнлантару калӑпӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">Кашни файл валли категорисем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">Кашни файл валли шаблонсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">Кашни файл валли вӑрттӑнлӑх</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">Сесси комплектне уҫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">Сесси комплекчӗсем (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">Ахаль чухнехи пӗлтерӗшсене сесси комплекчӗ пек ҫырса хур</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">Чӗлхе хуш</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — нимӗнле право та хӑварман</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — автора кӑтартмалла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — автора кӑтартмалла, ҫав условисемпех сармалла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — автора кӑтартмалла, ҫав условисемпех сармалла (кивӗ верси)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — автора кӑтартмалла (кивӗ верси)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">Пӗтӗм халӑх пурлӑхӗ — автор 70 ҫултан ытла каялла вилнӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">Пӗтӗм халӑх пурлӑхӗ — автор 100 ҫултан ытла каялла вилнӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">Пӗтӗм халӑх пурлӑхӗ — кивӗ икӗ виҫеллӗ ӳнер ӗҫӗн сӑн ӳкерчӗкӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">АПШра пӗтӗм халӑх пурлӑхӗ — автор прависен вӑхӑчӗ иртнӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">Пӗтӗм халӑх пурлӑхӗ — АПШ федераци правительстви тунӑ ӗҫ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">Файлпа кирек кам та, кирек мӗн валли те, сирӗн ята каламасӑрах усӑ курма пултарать. Хӑвӑр ӗҫӗр валли кӑна.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">Файлпа кирек кам та усӑ курма, ӑна улӑштарма пултарать, суту-илӳре те, авторне кӑтартсан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">Файлпа кирек кам та усӑ курма, ӑна улӑштарма пултарать, суту-илӳре те, авторне кӑтартсан тата улӑштарнӑ версисене ҫав лицензипех сарсан. Викиампарта ытларах ҫакна суйлаҫҫӗ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 пекех; ҫӑлкуҫ файла 3.0 версипе сарнӑ чухне кӑна суйлӑр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 пекех; ҫӑлкуҫ файла 3.0 версипе сарнӑ чухне кӑна суйлӑр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">Авторӗ 70 ҫултан ытла каялла вилнӗ ӗҫсем валли. Автора тата ӗҫӗн датине кӑтартӑр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">Авторӗ 100 ҫултан ытла каялла вилнӗ ӗҫсем валли; ҫакӑ кашни ҫӗршывра тенӗ пекех шанчӑклӑ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">Авторӗ 70 ҫултан ытла каялла вилнӗ тикӗс ӳнер ӗҫӗсен (картинӑсен, ӳкерчӗксен, документсен) тӗп-тӗрӗс сӑн ӳкерчӗкӗсем е сканӗсем валли.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">АПШра ҫав тери тахҫанах пичетленӗ, унта автор прависен вӑхӑчӗ иртнӗ ӗҫсем валли.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">АПШ федераци правительствин ӗҫченӗсем хӑйсен тивӗҫӗсене пурнӑҫланӑ чухне тунӑ ӗҫсем валли.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">Суйланисене хуш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Кӑлар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">%1 — пакетӑн ахаль чухнехи пӗлтерӗшӗ, кашни файлта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">«Файл ▸ Пакетӑн ахаль чухнехи пӗлтерӗшӗсем» менюра лартнӑ; пакетӑн кашни файлӗ ӑна илет. Кашни сӑн ӳкерчӗке те килӗшмест пулсан, унтах кӑларса пӑрахӑр.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">%1 — %3 файлран %2 файлта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">Ҫакӑ суйланӑ файлсенчен хӑшӗ-пӗринче кӑна пур. Пурне те пама ӑна тепӗр хут хушӑр.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">Усӑҫ ячӗпе бот парольне кӗртӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">Викире ҫакӑн пек аккаунт ҫук. Усӑҫ ятне тӗрӗслӗр (бот паролӗ валли: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">Вики парольне йышӑнмарӗ. Special:BotPasswords страница кӑтартнӑ парольпе, YourName@Suffix ятпа усӑ курӑр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">Кӗме ытла нумай хутчен хӑтланнӑ. Темиҫе минут кӗтӗр те тепӗр хут кӗрсе пӑхӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">Вики патне ҫитме май килмерӗ. Ҫыхӑнӑва тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">Вики кӗме ирӗк памарӗ.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">%1 сайта кӗр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;Бот паролӗпе&lt;/b&gt; кӗрӗр: викире Special:BotPasswords страницӑна уҫӑр, ҫӗнӗ пароль хатӗрлӗр (тӗслӗхрен, &lt;i&gt;glamuploader&lt;/i&gt; ятлӑ, тӳрлетме, страницӑсем хатӗрлеме тата файлсем тиеме ирӗклӗ) те кунта &lt;i&gt;YourName@glamuploader&lt;/i&gt; пек кӗрӗр. &lt;a href=&quot;%1&quot;&gt;Ботсен паролӗ мӗнле ӗҫлет&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">Пароле системӑн ҫӑраҫҫисен управӑшӗнче упра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">Усӑҫ ячӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">Тӗрӗслемелли викин тест аккаунчӗпе усӑ кур</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">Кӗр</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">Ӑҫта тиемелле:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">Ҫак пакета тиемелли вики. Ӑна улӑштарнине каялла тавӑрма пулать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">%1 сайта тиесси</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">%1 тӳрлетни</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;Файлсене импортла…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;Папкӑна импортла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;Музей таблицинчен ҫырса тултар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">Пакета &amp;уҫ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">Пакета урӑх ятпа ҫырса &amp;хур…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">Сесси &amp;комплектне уҫ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">Ахаль чухнехи пӗлтерӗшсене комплект пек ҫырса хур…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">Пакетӑн &amp;ахаль чухнехи пӗлтерӗшӗсем…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">Пакетран кӑ&amp;лар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;Тие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">Ӗ&amp;нерлевсем…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Тух</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;Ҫӗнӗ пакет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader ҫ&amp;инчен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">И&amp;нструкци</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">&amp;Пуҫламӑш ӗнерлев пулӑшуҫи…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Каялла тавӑр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Тепӗр хут ту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Тӳрлет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation type="unfinished">&amp;Вики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Пулӑшу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Тӗп хатӗрсен панелӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Пӑрахӑҫла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">Йывӑрлӑхсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">Умкурӑм</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Ҫак ятпа тиеӗҫ: File:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">%1, %2. Ӑҫта тиемелле: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n йӑнӑш</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">Ҫыхӑнусӑр: сӗнӳсем маларахри шыравсенчен илнӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">Вики е Викиданнӑйсем патне ҫитме май ҫук. Халь суйланӑ категорисемпе элементсене ҫыхӑну тавӑрӑнсан тепӗр хут тӗрӗслеҫҫӗ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">Ҫыхӑнура</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">Ҫӗнӗ пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">%1 (вулама кӑна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — GLAM Uploader</source>
        <translation type="unfinished">%1 — GLAM Uploader</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+32"/>
        <location line="+22"/>
        <location line="+109"/>
        <source>GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>%1 is being opened by another program right now. Try again in a moment.</source>
        <translation type="unfinished">%1 ҫак самантра урӑх программа уҫать. Кӑшт тӑхтаса тепӗр хут туса пӑхӑр.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader программӑн тепӗр копийӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">glamuploader команди</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">%1 — ӑна %2 уҫнӑ (%3 процесс, хутшӑнакан %4, компьютер %5, %6 вӑхӑтран пуҫласа). Ӑна пӗр вӑхӑтра пӗри кӑна улӑштарма пултарать. Ҫырса хумасӑр пӑхмашкӑн вулама кӑна уҫас-и?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">Вулама кӑна уҫ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">Пакет файлӗ сиенленнӗ (%1). Вӑл вырӑнне унӑн юлашки тӗрӗс копине уҫрӑмӑр; сиенленнӗ файла %2 ятпа упранӑ.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>Сӑн ӳкерчӗк е урӑх мультимедиа мар %n файла кӗртмерӗмӗр: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>%n файл импортланӑ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader ҫинчен</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">%1: лайӑхрах верси</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">%1: ҫӗнӗ верси</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">Файлсене импортла</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">Папкӑна импортла</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">Пакета уҫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader пакечӗсем (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">Пакета урӑх ятпа ҫырса хур</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>%n ячейка улшӑннӑ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">Пакетӑн ахаль чухнехи пӗлтерӗшӗсене улӑштарни</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n файла кӑларни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>%n файла пакетран кӑлармалла-и?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>Вӗсенчен %n файла тиенӗ ӗнтӗ: пакет вӗсен страницисене урӑх кӑтартмӗ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>Вӗсенчен %n файлӑн эсир панӑ ячӗсем, ӑнлантарӑвӗсем е ытти пӗлтерӗшӗсем пур.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">Дискри файлсем улшӑнмаҫҫӗ, «Каялла тавӑр» вӗсене каялла тавӑрать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">Кӑлар</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">%1: юпасем</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>%n йӗрке.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">%1 пек вуланӑ, юпасене «%2» паллӑ уйӑрать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">Кашни юпа мӗн пулнине суйлӑр; «усӑ курмаҫҫӗ» тесе хӑварнӑ юпана вуламаҫҫӗ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">усӑ курмаҫҫӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">файл (ячӗ е ҫулӗ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">шаблонӑн хушма «%1» параметрӗ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">вӗсен йӗрки: пӗрремӗш йӗрке — пӗрремӗш файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">Йӗркесене файлсемпе ҫыхӑнтармалли мел</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">Файлсене ҫырса тултар</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Файл унта урӑх ҫук. Ӑна каялла вырнаҫтарӑр е пакетран кӑларӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">Файла вулама май ҫук ({reason}). Вӑл урӑх ҫӗрте уҫӑ маррине тата сирӗн ӑна вулама ирӗк пуррине тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">Файл пушӑ (0 байт). Ӑна камерӑран е ҫӑлкуҫран тепӗр хут копилӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">Ку Викиампар йышӑнакан файл тӗсӗ мар (унӑн ӑшлӑхӗ эпир палласа илекен ӳкерчӗк, сасӑ, видео е документ мар).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">Файл касӑлса юлнӑ пек: ӳкерчӗкӗн вӗҫӗ ҫук. Пултаратӑр пулсан, ӑна ҫӑлкуҫран тепӗр хут копилӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">Файл сиенленнӗ, ӑна ӳкерчӗк пек уҫма май ҫук ({reason}). Ӑна ҫӑлкуҫран тепӗр хут копилӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">Ӳкерчӗк хӑйне {width} × {height} пиксель тет, ку {limit} пиксельтен ытла: вӑл декомпресси бомби пулма пултарать. Ӑна уҫмарӑмӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">Файл ячӗ .{extension} расширенипе вӗҫленет, анчах файл чӑннипе {detected}. Ӑна .{detected} пек тиеӗҫ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">Ҫак файлти камера даннӑйӗсене (EXIF) вулама май ҫук ({reason}); датӑпа вырӑна алӑпа кӗртмелле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">Камера даннӑйӗсен {tag} анинче пулма пултарайман пӗлтерӗш ({value}) пур; ӑна шута илмерӗмӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">Файл ятӗнче курӑнман управлени е текст енӗн символӗсем пур; вӗсене ята кӗртмерӗмӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">Файлта ӑна юлашки хут хӑҫан улӑштарни ҫеҫ ({modified}) пур, сӑн ӳкерчӗке хӑҫан ӳкерни ҫук. Датӑна кӑтартӑр е пушӑ хӑварӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">Файлӑн ячӗ ҫук. Ӑна ӳкерчӗкре мӗн кӑтартнине палӑртакан ят парӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">Ят {bytes} байт тӑршшӗ; Викиампар {limit} байт ирӗк парать. Ӑна кӗскетӗр (латин мар саспаллисем кашниех 2-4 байт йышӑнаҫҫӗ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">Ят ытла кӗске ({length} символ; сахалтан та {minimum} пулмалла). Ӳкерчӗкре мӗн кӑтартнине ҫырӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">Ятра файл ятӗнче пулма юраман символсем пур: {chars}. Вӗсене кӑларса пӑрахӑр е ылмаштарӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">Ятра курӑнман символсем пур ({chars}). Ята ҫӗнӗрен ҫырӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">«{title}» камера паракан ят пек курӑнать; Викиампар ун пеккисене йышӑнмасть. Ӳкерчӗкре мӗн кӑтартнине палӑртакан ят парӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">Ят Unicode-ӑн нормӑллӑ форминче мар; ӑна нормализацилеҫҫӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">Ят .{extension} расширенипе вӗҫленет, анчах файл .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">Ҫак пакетри тепӗр файлӑн ячӗ те ҫавах ({other}). Ятсене тӗрлӗрен тӑвӑр, тӗслӗхрен, ят калӑпне {{n}} кӗртсе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">Ят калӑпӗнче {{{field}}} пур, анчах ку паллӑ ана мар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">«{pattern}» ят калӑпӗпе усӑ курма май ҫук: унти {{ }} хуҫлӑ скобкӑсене тата ана ячӗсене тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">Ку файл ҫак пакетри {other} файлпа пӗрешкел (ӑшлӑхӗ пӗрех). Вӗсенчен пӗрне кӑларӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">Вики ку ята ирӗк памасть ({reason}). Тӗплӗрех ят суйлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">Викире ҫак ятлӑ урӑх файл пур ӗнтӗ: {url}. Урӑх ят суйлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">Лицензи суйламан. Автор панӑ лицензине суйлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">«{license}» лицензине ку программа пӗлмест. Списокран пӗрне суйлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} лицензи хӑвӑр ӗҫӗр валли кӑна, анчах ҫӑлкуҫ урӑх ҫынна кӑтартать. Ҫӑлкуҫ панӑ лицензине суйлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">Автора кӑтартман. Сӑнӳкерӳҫе е ӗҫе кам тунине кӑтартӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">Ҫӑлкуҫа кӑтартман. Файл ӑҫтан илнине ҫырӑр (музей, кӗнеке, веб-адрес).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">Ӑнлантару ҫук. Ӑна сахалтан та пӗр чӗлхепе хушӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">«{language}» — Викиампар пӗлекен чӗлхе кочӗ мар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">«{language}» чӗлхе кочӗ пулма пултараймасть. en, tr е ar евӗр кодпа усӑ курӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">«{value}» — дата мар. Ӑна ҪҪҪҪ-УУ-КК, ҪҪҪҪ-УУ е ҪҪҪҪ пек ҫырӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} дата — пуласлӑхра. Камера сехетне тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">Файлӑн категорийӗ ҫук. Ҫынсем ӑна тупма пултарччӑр тесен, сахалтан та пӗрне хушӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">«{category}» категори ячӗ пулма пултараймасть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">«{value}» — Викиданнӑйсен элеменчӗн идентификаторӗ мар (Q42 евӗр).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}, {longitude} вырӑн Ҫӗр карттинче ҫук. Сарлакӑша (−90…90) тата вӑрӑмӑша (−180…180) тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">«{template}» — пӗртен-пӗр, туллин ҫырнӑ шаблон мар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">«{value}» пӗлтерӗшпе тытӑмлӑ даннӑйсенче {field} валли усӑ курма май ҫук. Ана ыйтнӑ пек, Викиданнӑйсен элеменчӗн идентификаторне (Q42 евӗр), https:// пуҫланакан веб-адреса е усӑҫ ятне кӑтартӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} инвентарь номерне тытӑмлӑ даннӑйсене вӑл кӗрекен коллекципе пӗрле кӑна ҫыраҫҫӗ. Коллекцин Викиданнӑйсенчи элементне хушӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} чӗлхепе ҫырнӑ кӗске ҫыру {length} символ тӑршшӗ; Викиампар {limit} символ ирӗк парать. Ӑна кӗскетӗр: ӑнлантарура ытларах каласа пама пулать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">Ҫак файлах викире {title} ятпа пур ӗнтӗ: {url}. Ӑна тепӗр хут тиемеҫҫӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">Вики .{extension} файлсене йышӑнмасть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">Файл {size} байт; вики чи нумай {limit} байт йышӑнать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">Импортланӑ хыҫҫӑн файл дискра улшӑннӑ. Ӑна тепӗр хут импортлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">Импортланӑ хыҫҫӑн файл дискра улшӑннӑ ({changed}). Унӑн даннӑйӗсене ҫӗнӗрен вуларӑмӑр, ҫӗнӗ файла ярӗҫ; ячӗпе ӑнлантарӑвӗ халӗ те килӗшнине тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">«{value}» — викири файл ячӗ мар. Ылмаштармалли файла File:Name.jpg пек кӑтартӑр е ҫӗнӗ файл тиеме ана тасатӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">Викире ылмаштармалли {title} ятлӑ файл ҫук. Ята тӗрӗслӗр е ҫӗнӗ файл тиеме «Мӗнӗн ҫӗнӗ версийӗ» ана тасатӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">Ҫӗнӗ верси файл тӗсне улӑштармасть: {title} — .{expected}, ку файл вара .{extension}. Ӑна ҫӗнӗ файл пек тиӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">Ку файла {title} файлӑн ҫӗнӗ версийӗ пек палӑртнӑ. Ҫав файла ылмаштарма тиеве (upload) --new-versions параметрпа хута ярӑр е ҫак палӑртӑва пӑрахӑҫлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">«{value}» — вӑрттӑнлӑх суйлавӗ мар. «location» (вырӑна кӑларса пӑрахмалла) е «camera» (камерӑн мӗнпур даннӑйӗсене кӑларса пӑрахмалла) ҫырӑр е пушӑ хӑварӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">.{kind} файлтан вырӑна е камера даннӑйӗсене унӑн пикселӗсене улӑштармасӑр кӑларса пӑрахма май ҫук ({detail}). Вӗсене урӑх программӑпа кӑларӑр е вӑрттӑнлӑх суйлавне тасатӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} файла пикселӗсене улӑштармасӑр ҫавӑрма май ҫук: JPEG сӑн ӳкерчӗксене ҫеҫ ориентаци паллипе ҫавӑраҫҫӗ. Ӑна сӑн ӳкерчӗк редакторӗнче ҫавӑрӑр та тепӗр хут импортлӑр е ҫавӑрнине пӑрахӑҫлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">Сӑн ӳкерчӗке ҫавӑрма май пулмарӗ: {reason}. Ӑна камерӑран е редактортан тепӗр хут экспортлӑр е ҫавӑрнине пӑрахӑҫлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">Файл камера даннӑйӗсем упранакан вырӑнта сиенленнӗ ({detail}), ҫавӑнпа тасатнӑ копи тума май пулмарӗ. Ӑна камерӑран е редактортан тепӗр хут экспортлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">Викире «{category}» категори ҫук. Эсир «{suggestion}» тесшӗн-и?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">Викире «{category}» категори ҫук. Епле ҫырнине тӗрӗслӗр, пур категорине суйлӑр е малтан ҫакна хатӗрлӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">«{category}» категорине «{target}» ятпа куҫарнӑ. Ун вырӑнне «{target}» категорипе усӑ курӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} Викиданнӑйсен элеменчӗ пулнине ҫирӗплетме май килмерӗ (тупӑнмарӗ, е Викиданнӑйсем патне ҫитме май пулмарӗ, шырав кэшӗнче те ҫук). Q-идентификатора тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">Файл ҫук.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">Файла вулама май ҫук ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">Пакет файлӗ сиенленнӗ е ӑна программа вулайманла алӑпа улӑштарнӑ ({reason}). Унӑн юлашки тӗрӗс копине уҫӑр (ҫав ятах, .bak-па вӗҫленет, юнашарах выртать) е алӑпа тунӑ улшӑнӑва текст редакторӗнче каялла тавӑрӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">Пакет файлӗнче программа хута яма пултаракан инструкци пур ({reason}), ҫавӑнпа ӑна вуламарӑмӑр. Ӑна эсир унта хуман пулсан, юлашки тӗрӗс копипе усӑ курӑр (ҫав ятах, .bak-па вӗҫленет).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Пакет файлӗнче ку программа вулайман кӗскетӳсем (&amp; тата * паллӑсем) пур. Текст редакторӗнче кашни пӗлтерӗше туллин ҫырӑр е юлашки тӗрӗс копипе (.bak) усӑ курӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Пакет файлӗнче ку программа вулайман кӗскетнӗ пӗрлештерӳ (&lt;&lt;) пур. Текст редакторӗнче кашни пӗлтерӗше туллин ҫырӑр е юлашки тӗрӗс копипе (.bak) усӑ курӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">Пакет пулма файл ытла пысӑк ({size} байт).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">Кунти пӗр пӗлтерӗш {size} байт тӑршшӗ; пакетӑн пӗр ани те {limit} байтран вӑрӑм мар. Ӑна текст редакторӗнче кӑларса пӑрахӑр е копирен каялла тавӑрӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">Ку {expected} файл мар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">Файл формачӗ — {format}; программӑн ку версийӗ {supported} формата вулать. Программӑна ҫӗнетӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">«{field}» ана {expected} пулмалла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">Электронлӑ таблицӑна вулама май ҫук ({reason}). Ӑна хӑвӑрӑн электронлӑ таблицӑсен программинче уҫӑр та CSV, XLSX е ODS пек тепӗр хут ҫырса хурӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">Электронлӑ таблицӑра юпа ячӗсен йӗрки ҫук. Унӑн пӗрремӗш йӗркинче юпасен ячӗсем пулмалла (тӗслӗхрен, «инвентарь номерӗ», «ят»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">Вики ҫӗнӗ файл страницин номерне парман-ха, ҫавӑнпа унӑн кӗске ҫырӑвӗсемпе ҫирӗплетӗвӗсене халь ҫырма май пулмарӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">Викире ҫак ятлӑ урӑх файл пур ӗнтӗ. Урӑх ят суйлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">Вики ку ята ирӗк памасть. Тӗплӗрех ят суйлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">Ятра викири файл ятӗнче пулма юраман символсем пур. Ята улӑштарӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">Ят вики валли ытла кӗске. Вӑрӑмрах, тӗплӗрех ят парӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">Ят вики валли ытла вӑрӑм. Ӑна кӗскетӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">Ятра вики ку файл валли йышӑнакан файл расширенийӗ ҫук. Файл тӗсне тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">Вики ку файл тӗсне йышӑнмасть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">Вики ку файл тӗсӗпе усӑ курма сӗнмест. Ӑна сӗнекен формата куҫарӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">Вики тупнӑ тӑрӑх, файлӑн ӑшлӑхӗ унӑн тӗсӗпе килӗшмест е файл сиенленнӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">Файл вики йышӑнакан виҫерен пысӑкрах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">Файл пушӑ. Ӑна пӗтӗмпех копиленине тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Файл ӑна импортланӑ вырӑнта урӑх ҫук. Ӑна каялла вырнаҫтарӑр е пакетран кӑларӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">Ҫак файлах викире пур ӗнтӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">Ҫак ятлӑ файла викирен унччен кӑларса пӑрахнӑ. Тепӗр хут тиес умӗн мӗншӗн кӑларнине тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">Ҫак файлах унччен тиенӗ, кайран кӑларса пӑрахнӑ. Тепӗр хут тиес умӗн мӗншӗн кӑларнине тӗрӗслӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">Ят камера паракан файл ячӗ пек пуҫланать. Тӗплӗ ят парӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">Вики ята улӑштарнӑ, мӗншӗн тесен унта файл ятӗнче пулма юраман символсем пулнӑ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">Файл урӑх файлӑн миниатюри пек курӑнать. Тулли виҫеллӗ оригиналне тиӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">Ят миниатюра ячӗ пек курӑнать (виҫерен пуҫланать). Ята улӑштарӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">Ку викире файлсене тиессине сӳнтернӗ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">Вики файла сӑлтавне каламасӑр йышӑнмарӗ. Каярах тепӗр хут туса пӑхӑр е сӑлтавне курма ӑна алӑпа тиӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Вики вӑраххӑнрах ӗҫлеме ыйтрӗ (хӑвӑртлӑх лимичӗ), файла темиҫе хут ярса пӑхрӑмӑр. Малалла тӑсма каярах тепӗр хут тиӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Вики серверӗсем ытла ӗҫлӗ пулнӑ, файла темиҫе хут ярса пӑхрӑмӑр. Малалла тӑсма каярах тепӗр хут тиӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">Техника ӗҫӗсем пынӑ май вики вулама кӑна уҫӑ. Малалла тӑсма каярах тепӗр хут тиӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">Вики файл пайӗсене (chunks) упраса хӑвараймарӗ. Малалла тӑсма тепӗр хут тиӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">Кӗнӗ сесси вӗҫленнӗ, ӑна вӑхӑтра ҫӗнетме май пулмарӗ. Малалла тӑсма тепӗр хут тиӗр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">Вики патне ҫитме май пулмарӗ. Ҫыхӑнӑва тӗрӗслӗр; тиеве малалла тӑсма пулать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">Эсир кӗмен е сесси вӑхӑчӗ тухнӑ. Тепӗр хут кӗрӗр.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">Вики программа пӗлмен йӑнӑшпа хуравларӗ ({code}). Каярах тепӗр хут тиӗр; йӑнӑш юлсан, тӗплӗнрех курма ҫак файла алӑпа тиӗр.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation type="unfinished">Музей объекчӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation type="unfinished">Страницӑн музей шаблонӗн анисем. Ӳнерҫӗ е учреждени текст, {{Creator:William Blake}} евӗр шаблон е Викиданнӑйсен Q-идентификаторӗ пулма пултарать.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(суйланӑ файлсенче тӗрлӗрен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакетӑн ахаль чухнехи пӗлтерӗшӗсенчен</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">Музей таблицинчен ҫырса тултар</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">Электронлӑ таблицӑсем (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">%1 файлтан ҫырса тултар</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">%1 йӗрке</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">%1 йӗрке, %2 юпа: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … тата тепӗр %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">Электронлӑ таблицӑра тӳрлетмелли ячейкӑсем:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">Нимӗн те ҫухалман: файлсӑр йӗркесем таблицӑрах юлаҫҫӗ, йӗркесӗр файлсенче вара мӗн пулни юлать. «Каялла тавӑр» пӗтӗм тултарӑва каялла тавӑрать.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — пакетӑн ахаль чухнехи пӗлтерӗшӗсенчен</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">Викиампар (Wikimedia Commons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Бета-Викиампар (тӗрӗслеме)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">Вырӑнти тӗрӗслемелли вики (ҫак компьютерта)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">Ӗнерлевсем</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">Ҫӗнӗ пакет тиенмелли вики: пӗрне суйлӑр е кирек мӗнле MediaWiki-н api.php адресне ҫырӑр. Уҫӑ пакетӑн викине хатӗрсен панелӗнче суйлаҫҫӗ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">тӗслӗхрен [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Кашни пакет валли уйрӑм суйламалла</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">Ҫӗнӗ пакетсене ӑҫта тиемелле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">Программа чӗлхи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">Ахаль чухнехи автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">Ахаль чухнехи лицензи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">Миниатюра виҫи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">Вики, бот паролӗ, автор тата лицензи — утӑмӑн-утӑмӑн…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">Пуҫламӑш ӗнерлев пулӑшуҫи: вӑл сирӗн бот парольне тӗрӗслеме пултарать</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation type="unfinished">Викитекст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation type="unfinished">Тытӑмлӑ даннӑйсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">Страница мӗнле курӑнать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">Тиенӗ хыҫҫӑн файла ҫыракан кӗске ҫырусем тата ҫирӗплетӳсем (мӗн кӑтартнӑ, лицензи, дата, вырӑн…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON пек кӑтарт (викине мӗн яраҫҫӗ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">Вики кӑтартнӑ пек кӑтарт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">Викирен страницӑна хатӗрлесе кӑтартма ыйтать; унта нимӗн те ҫырӑнмасть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">Яракан страницӑна курма файл суйлӑр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">Пӗр файл суйлӑр, унтан викирен унӑн страницине хатӗрлесе кӑтартма ыйтӑр.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">Кӗске ҫыру (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">Мӗн кӑтартнӑ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">Хайлакан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Лицензи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">Автор прависен статусӗ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">Файл ҫӑлкуҫӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">Сӑн ӳкерчӗке ӑҫта ӳкернӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">Ӳкерчӗкри вырӑн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">Ӳнер ӗҫӗн копийӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation type="unfinished">Коллекци</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation type="unfinished">Инвентарь номерӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation type="unfinished">Автор ячӗ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Викимеди усӑҫин ячӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">Веб-адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">Ӑнлантарса панӑ вырӑн</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">Викирен ыйтатпӑр…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished">Ана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished">Йывӑрлӑх</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(batch)</source>
        <translation type="unfinished">(пакет)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Accept warning</source>
        <translation type="unfinished">Асӑрхаттарӑва йышӑн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">Ҫапах та тие: суйланӑ асӑрхаттарӑва ку файл валли урӑх кӑтартмаҫҫӗ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">Йывӑрлӑхсем ҫук.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2.</source>
        <comment>errors to fix, warnings</comment>
        <translation type="unfinished">%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s) to fix before upload</source>
        <translation type="unfinished">
            <numerusform>Тиес умӗн %n йӑнӑша тӳрлетмелле</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n асӑрхаттару</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Юрӗ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Ҫырса хур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Пӑрахӑҫла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Хуп</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Каялла тавӑр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Тепӗр хут ту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Ка&amp;с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Копи&amp;ле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Вырнаҫтар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">Кӑларса пӑрах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Пурне те суйла</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">Тӗплӗнрех кӑтарт...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Тӗплӗнреххине пытар...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation type="unfinished">Юрӗ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">Ҫырса хур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">Уҫ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ҫапла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">Ҫ&amp;ук</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">Хуп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Пӑрахӑҫла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">Улшӑнусене пӑрах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Пулӑшу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">Ӗҫе кӗрт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">Улӑштарнине пӑрахӑҫла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">Тепӗр хут туса пӑх</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Копи&amp;ле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">&amp;Каҫӑ адресне копиле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Пурне те суйла</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Каялла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Малалла &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Вӗҫле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Пулӑшу</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation type="unfinished">Туп та ылмаштар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">Юпара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">Туп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">Ҫакӑнпа ылмаштар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">Пурне те ылмаштар</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">Пӗтӗм &amp;сценӑна суйла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">Суйланӑ сӑн ӳкерчӗкпе пӗрле ӳкернӗ, хушшинче 20 минут тӑхтав е 300 м утни ҫук сӑн ӳкерчӗксене суйла (клавиш: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">Малтан сценӑн пӗр сӑн ӳкерчӗкне суйлӑр.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>Ку сценӑн %n сӑн ӳкерчӗкне суйланӑ: халь эсир редакторта ҫырни вӗсен пурне те пырса тивет.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">&amp;Пӗр евӗрлӗ сӑн ӳкерчӗксене купала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">Кашни ярӑмпа ӳкернӗ сӑн ӳкерчӗксене е пӗр пекех сӑн ӳкерчӗксене шучӗпе пӗр ӳкерчӗк пек кӑтарт; унӑн ҫинче Space вӗсене танлаштарать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">Кашни купаран чи лайӑххине &amp;хӑвар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">Кашни купара чи нумай ҫӑлтӑрлӑ сӑн ӳкерчӗке (е суйласа илнине, е пӗрремӗшне) суйласа ил, ыттисене пӑрах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Пӑрахӑҫла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">Пӗр евӗрлӗ сӑн ӳкерчӗксене шыратпӑр: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>Пӗр евӗрлӗ сӑн ӳкерчӗксенчен %n купа пуҫтарӑнчӗ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">Пӗр евӗрлӗ сӑн ӳкерчӗксене тупма май пулмарӗ: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">Суйланӑ сӑн ӳкерчӗк пӗр евӗрлӗ сӑн ӳкерчӗксен пӗр купинче те ҫук. Вӗсене тупма «Тӳрлет ▸ Пӗр евӗрлӗ сӑн ӳкерчӗксене купала» пункта ҫутатӑр.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation type="unfinished">файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation type="unfinished">файл ячӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation type="unfinished">палӑртнӑ ят</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation type="unfinished">Ӳнерҫӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">Ят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Ӑнлантару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">Материал тата техника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished">Калӑпӑш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Учреждени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">Уйрӑм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation type="unfinished">Инвентарь номерӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation type="unfinished">Музее мӗнле лекни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Ҫӑлкуҫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation type="unfinished">Ирӗк</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation type="unfinished">Ытти версисем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">Ӳкерчӗкри ҫынсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">Ӳкерчӗкри вырӑн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">Хайланӑ вырӑн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">Тупнӑ вырӑн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">Объект историйӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">Куравсен историйӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">Объект ҫинчи ҫырусем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Асӑрхавсем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">Литература</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Викиданнӑйсен элеменчӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">Сӑнӳкерӳҫӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">Ӳнер ӗҫӗн лицензийӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">Сӑн ӳкерчӗкӗн ӑнлантарӑвӗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">Сӑн ӳкерчӗкӗн дати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">Сӑн ӳкерчӗкӗн лицензийӗ</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>%n пӗр евӗрлӗ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">%1 сайта тиесси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">Кӗр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">Тиеме пуҫла</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">Малалла тӑс</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">Чарӑнса тӑр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">Халь тиенекен файл хыҫҫӑн чарӑн; пысӑк файл хальхи пайӗ хыҫҫӑн чарӑнать, кайран ҫавӑнтан малалла каять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">Халь тиенекен файл хыҫҫӑн чарӑн та хуп; мӗн тиенине ҫырса хунӑ пулать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">Ӑнӑҫсӑррисене тепӗр хут ярса пӑх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">Отчета ҫырса хур (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">Галерея викитекстне копиле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">Тӑрӑм</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">Файл страници</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">Ярас умӗн файлсене тӗрӗслетпӗр…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">%1 сайта кӗмен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">%1 сайта %2 ятпа кӗнӗ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">Хуп</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">Пӑрахӑҫла</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">Кӗр те тие…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%m файлран %v</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">Кӗретпӗр…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Кӗреймерӗмӗр: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">Файлсене тӗрӗсленӗ; халь яратпӑр.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">%1 ҫеккунт кӗтетпӗр: ку аккаунт сехетре ҫавӑн чухлӗ файл ҫеҫ тиеме пултарать (викин хӑвӑртлӑх лимичӗ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">Вики ӗҫлӗ; %1 файла %2 ҫеккунтран тепӗр хут ярса пӑхатпӑр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">Вики хуравламарӗ; %1 файла %2 ҫеккунтран тепӗр хут ярса пӑхатпӑр</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">%1 тиенет</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">Халь тиенекен файл хыҫҫӑн чарӑнатпӑр…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">%1 минут %2 ҫеккунт яхӑн юлчӗ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">%1 тиенӗ, %2 викире пур ӗнтӗ, %3 ӑнӑҫсӑр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">Чарӑнса тӑнӑ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">Ку викире тытӑмлӑ даннӑйсем ҫук: кӗске ҫырусемпе ҫирӗплетӳсене ҫырман.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">Ярас умӗн файлсене тӗрӗслетпӗр (вырӑнта-и, импортланӑ хыҫҫӑн улшӑннӑ-и): %2 файлран %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">Тиев журналӗ сиенленнӗ. Ӑна %1 ятпа упранӑ, ҫӗнни пуҫланӑ. Нимӗн те ҫухалман: викире пур файлсене вӗсен тӗрӗслев сумми тӑрӑх тупатпӑр.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">Отчета ҫырса хур</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV файлсем (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">Отчета %1 ятпа ҫырса хунӑ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">Галерея викитексчӗ ылмашу буферӗнче.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">Ку файла кӑтартма май ҫук: вӑл программа вулама пултаракан ӳкерчӗк мар е сиенленнӗ. Ӑна йывӑрлӑхсен списокӗнче тӗрӗслӗр.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation type="unfinished">сарлакӑш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation type="unfinished">вӑрӑмӑш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">азимут °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">Карттӑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">Ҫак вырӑна браузерта OpenStreetMap ҫинче кӑтарт</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">тиекен копирен кӑларса пӑрахнӑ</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">Ҫак чӗлхене кӑлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(суйланӑ файлсенче тӗрлӗрен)</translation>
    </message>
</context>
</TS>
