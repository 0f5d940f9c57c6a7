<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">Жаңы топтомдор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">Жүктөө журналы (викиге эмне жеткени, улантуу үчүн)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">Миниатюралар жана издөөлөрдүн кэши</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">Сүрөттөрдү жана сканерленген документтерди Викиказынага (Wikimedia Commons) түзүмдөлгөн маалыматы менен кошо топтом менен жүктөө.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">GNU GPL 3-нускасы же андан кийинки нускасы боюнча таратылуучу эркин программа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">Файлдарыңыз сакталган жер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">Колдонулган китепканалар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">Программа капыстан жабылып калса, аны кайра ачыңыз. Топтомуңуз иштеген сайын сакталып турат, ал эми журнал кайсы файлдар викиге жеткенин билет; «Жүктөө» эч бир файлды эки жолу жөнөтпөй улана берет.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">Тил ээси текшерген котормолор: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">Тил ээси азырынча текшере элек: %1. Оңдоолоруңузду күтөбүз (кантип жөнөтүү керектиги translations/README.md файлында жазылган).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation type="unfinished">көйгөй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation type="unfinished">даяр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">жүктөлүүдө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">жүктөлдү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">жүктөлдү, маалымат күтүлүүдө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">ийгиликсиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">четке кагылды</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%n уячаны коюу</numerusform>
            <numerusform>%n уячаны коюу</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">Төмөн карай толтуруу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">«%1» мамычасында алмаштыруу</translation>
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
        <translation type="unfinished">Түзөтүү: %1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">Белгилегенден кийин кийинки &amp;сүрөткө өтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P, X, U же жылдыз санын баскандан кийин кийинки сүрөт көрсөтүлөт</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">Катар коюп салыштыруу үчүн экиден төрткө чейин сүрөт тандаңыз.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">Солго буруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">Оңго буруу</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>Бирөөнү калтырып, калган %n сүрөттү четке кагуу</numerusform>
            <numerusform>Бирөөнү калтырып, калган %n сүрөттү четке кагуу</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">%1 жылдыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">Тандоо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">Четке кагуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">Белгини алып салуу</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">Сыноо викиси ишке киргизилип, мисал сүрөттөр түзүлүүдө… (биринчи жолу бир мүнөттөй убакыт алат)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">Мисал топтом ушул компьютердеги сыноо викисине арналган.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">&amp;Сыпаттама</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;Аталыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">&amp;Коштомо жазуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">Авто&amp;р</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">&amp;Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">&amp;Булак</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">Кат&amp;егориялар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">Чагылдырылганы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">Жа&amp;йгашкан жери</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">Калы&amp;птар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">Куп&amp;уялык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">Барактын калыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">Жаңы &amp;нускасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">Нуска түш&amp;үндүрмөсү</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА же ЖЖЖЖ. Бош болсо: сүрөт тартылган күн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">Өз чыгармаңыз болсо, бош калтырыңыз; болбосо музей, китеп же веб-дарек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">Категориянын аты, «Category:» сөзүсүз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Викимаалымат элементи, мисалы Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">мисалы {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">Метамаалымат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">Ар бир файлдын лицензиясы, автору жана категориялары…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">Бул файлдын жакшыртылган нускасын жүктөө…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">Ошол эле сүрөттүн майда жакшыртуулары үчүн гана: чечилиш, түс, ызы-чуу же буруу. Калганынын баары жаңы файл катары жүктөлөт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">Тазаланган көчүрмө жүктөлөт; пикселдер жана түп нуска файлыңыз эч качан өзгөртүлбөйт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">Викидеги File:Name.jpg — жаңы файл үчүн бош калтырыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">Викиказына жаңы нускага ошол эле сүрөттүн майда жакшыртуулары үчүн гана уруксат берет: чечилиш, түс, ызы-чуу же буруу. Калганынын баары (башка сүрөт, көрсөтүлгөн нерсени өзгөрткөн кесүү) жаңы файл катары жүктөлөт. Шектенсеңиз, жаңы файл жүктөңүз.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">%1 катары жүктөлдү. Эми анын барагы викиде түзөтүлөт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">Викиде %1 катары бар: кайра жүктөлбөйт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">Бул файлдар викиде бар. Эми алардын барактары ошол жерде түзөтүлөт.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">Файлдагы ачкыч сөздөр категория катары: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">Ар бири викиде башка категориялар сыяктуу текшерилет; ал жерде категория болбогондорун алып салыңыз.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">Музей талаасы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">Түзөтүү үчүн бир же бир нече файлды тандаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>%n файл тандалды: өзгөртүү алардын баарына колдонулат.</numerusform>
            <numerusform>%n файл тандалды: өзгөртүү алардын баарына колдонулат.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(тандалган файлдарда ар башка)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — топтомдун демейки маанилеринен</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">Файлдан: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Ушул аталыш менен жүктөлөт: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">Тартылган: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">Сүрөттө эмне чагылдырылган</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">Файлды ошол бойдон жөнөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">Жүктөлүүчү көчүрмөдөн жайгашкан жерди (GPS) алып салуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">Жүктөлүүчү көчүрмөдөн камеранын бардык маалыматын алып салуу</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">Жүктөө журналына жазуу мүмкүн болгон жок (%1). Эч нерсе жоголгон жок: дисктен орун бошотуңуз же папканын уруксаттарын текшериңиз, андан соң «Жүктөө» баскычын кайра басыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">Топтомду ачуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">Топтомду сактоо мүмкүн болгон жок. Папка бар экенин жана дискте орун бар экенин текшериңиз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">Файлдарды импорттоо мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">Топтомду текшерүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">Жүктөө токтоду.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">аталыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">сыпаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">коштомо жазуу</translation>
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
        <translation type="unfinished">булак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">категориялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">чагылдырылганы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">жайгашкан жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">калыптар</translation>
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
        <translation type="unfinished">Кирүү аткарылууда…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">%1 катары кирдиңиз. Жүктөөлөр ушул аккаунт менен аткарылат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Кирүү ийгиликсиз: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">Мындай куралдар негизги сырсөзүңүз менен эмес, &lt;b&gt;боттун сырсөзү&lt;/b&gt; менен кирет: ал сиз уруксат берген нерселерди гана жасай алат жана аны каалаган убакта жокко чыгара аласыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">Викиде &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; барагын ачып, түзөтүү, барак түзүү жана файл жүктөө укуктары менен &lt;i&gt;glamuploader&lt;/i&gt; деп аталган жаңы сырсөз түзүңүз, андан соң бул жерге &lt;i&gt;Атыңыз@glamuploader&lt;/i&gt; жана вики көрсөткөн сырсөздү киргизиңиз. &lt;a href=&quot;%2&quot;&gt;Боттун сырсөздөрү кантип иштейт&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">Жаңы топтомдор жүктөлө турган вики: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation type="unfinished">Автор: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished">Лицензия: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation type="unfinished">Мунун баарын «Түзөтүү ▸ Параметрлер» бөлүмүнөн өзгөртсө болот, ал эми бул устат «Жардам» менюсунда турат. Колдонмо («Жардам ▸ Колдонмо», F1) кадимки ишти кадам-кадамы менен көрсөтөт.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader программасына кош келиңиз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">Кош келиңиз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">Кайсы вики?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">Боттун сырсөзүңүз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">Автор жана лицензия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">Даяр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">Бир нече суроо, бир гана жолу. Ар бирин «Кийинки» баскычы менен өткөрүп жиберсеңиз болот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">Жаңы топтомдор кайда жүктөлөт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">Жүктөө суроосуз башталышы үчүн. Муну өткөрүп жиберип, жүктөп жатканда кирсеңиз да болот.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">Жаңы топтомдордун баштапкы маанилери; ар бир файлга өзүнүн маанисин берсе болот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">Баштасаңыз болот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader сүрөттөрдү жана сканерленген документтерди Викиказынага (Wikimedia Commons) жүктөйт: бир эле учурда көп файлды сыпаттамалары, категориялары жана түзүмдөлгөн маалыматы менен жүктөп, эч нерсе жөнөтүлө электе ар бир көйгөйдү көрсөтөт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">Программанын &amp;тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">Чыныгы Викиказына: жүктөгөнүңүз дароо баарына жеткиликтүү болот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">Викиказынанын сыноо көчүрмөсү, сынап көрүү үчүн; ал мезгил-мезгили менен тазаланып турат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">Ушул компьютердеги вики, программаны аккаунтсуз сынап көрүү үчүн (PHP жана MediaWiki орнотулган болушу керек).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">Атыңыз@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мисалы [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">К&amp;олдонуучунун аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Сырсөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">Сырсөздү системанын а&amp;чкычтар сактагычында сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">Кирүүнү &amp;текшерүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">Сыноо викисинин т&amp;ест аккаунтун колдонуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">Автор — сиз кандай ат менен көрсөтүлгүңүз келсе, ошол ат, мисалы [[User:Name|Name]]. Лицензия өз сүрөттөрүңүзгө колдонулат; музей буюмдарынын сканерленген көчүрмөлөрү үчүн аны ар бир файлга өзүнчө тандаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">Авто&amp;р</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">&amp;Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Ар бир топтом үчүн өзүнчө тандоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">Өткөрүп жиберүү</translation>
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
        <translation type="unfinished">Файлдарды электрондук таблицадагыдай таблица түрүндө көрсөтүү: ар бир талаа — бир мамыча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">Сүрөттөрдү же папкаларды ушул жерге сүйрөп таштаңыз же «Папканы импорттоо» буйругун колдонуңуз.

Андан соң сыпаттоо үчүн файлдарды тандаңыз; төмөндөгү «Көйгөйлөр» панели жүктөөгө чейин дагы эмне керек экенин көрсөтөт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">Чыпкага дал келген файл жок. Бардык файлдарды көрүү үчүн чыпканы тазалаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">Аталыш, файлдын аты, сыпаттама же категория боюнча чыпкалоо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">Бардык файлдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">Тандалгандар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">Четке кагылбагандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">Азырынча белгиленбегендер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">Жок дегенде бир жылдызы барлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">Жок дегенде үч жылдызы барлар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">Файлдын аты боюнча иргөө</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">Тартылган датасы боюнча иргөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">Аталышы боюнча иргөө</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">Тандоо жана жылдыздар боюнча иргөө</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">Кадимки иш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">Сүрөттөр салынган папканы терезеге сүйрөп таштаңыз же «Файл ▸ Папканы импорттоо» буйругун колдонуңуз. Бардык жаңы файлдар тандалып калат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">Бир нече файл тандалганда, сиз тергениңиз алардын баарына колдонулат: лицензияны тандаңыз, авторду жана категорияны териңиз (Enter аны кошот).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">Көп файлга бир аталыш жазсаңыз, алар номерленет: «Казандагы сейилдөө 01», «Казандагы сейилдөө 02»… Керек болгон жерде файлга өзүнүн сыпаттамасын жана коштомо жазуусун бериңиз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">«Көйгөйлөр» панелин караңыз. Каталарды (кызыл) сөзсүз оңдоо керек; эскертмелерди кабыл алса болот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">«Жүктөө» баскычын (%1) басып, боттун сырсөзүңүз менен кириңиз жана файлдардын жүктөлүшүн карап туруңуз. Ар бир жүктөлгөн файлдан анын викидеги барагына шилтеме берилет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">Иш-чара жыйнактары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">Иш-чара жыйнагында иш-чаранын демейки маанилери сакталат: лицензия, автор, категориялар, чагылдырылганы, аталыштын үлгүсү жана сунушталуучу тилдер. Уюштуруучу аны «Файл ▸ Демейки маанилерди жыйнак катары сактоо» аркылуу сактап, ыктыярчыларга берет, ал эми алар импорттоодон мурун аны «Файл ▸ Иш-чара жыйнагын ачуу» аркылуу ачышат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">«Файл ▸ Топтомдун демейки маанилери» топтомдун ар бир файлы кандай маанилер менен башталарын көрсөтөт; файлдын өз мааниси ар дайым артыкчылыкка ээ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">Көйгөйлөр таблицасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">Жүктөөнү ийгиликсиз кыла турган же Викиказынадагы текшерүүчүнүн нааразылыгын жарата турган нерселердин баары эч нерсе жөнөтүлө электе тизмеленет: лицензиянын же автордун жоктугу, вики кабыл албаган же башка файлда мурунтан бар аталыштар, жок категориялар, викиде мурунтан бар файлдар, бузулган сүрөттөр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">Көп файлга тиешелүү бир көйгөй бир сап менен көрсөтүлөт; ал файлдарды көрүү үчүн сапты ачыңыз. Оңдоо керек болгон файлга жана талаага өтүү үчүн сапты эки жолу басыңыз. Каталар оңдолмоюнча «Жүктөө» баскычы иштебейт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">Эң жакшы сүрөттөрдү тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Боштук баскычы тандалган сүрөттү бүт терезеге жайып көрсөтөт; жебелер алдыга жана артка өткөрөт, Esc кайра кайтарат. Z сүрөттү курсор турган жерде 100 % масштабда көрсөтөт; айланасын кароо үчүн аны сүйрөңүз же Shift баскычын басып туруп, жебелерди басыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P тандайт, X четке кагат (четке кагылган сүрөт эч качан текшерилбейт жана жүктөлбөйт), U белгини алып салат, 0-дөн 5-ке чейинки баскычтар жылдыз берет, андан кийин кийинки сүрөт ачылат (Түзөтүү ▸ Белгилегенден кийин кийинки сүрөткө өтүү). Миниатюралар торунун үстүндөгү тизме тандалгандарды, четке кагылбагандарды же жылдызы бар сүрөттөрдү гана көрсөтөт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C тандалган экиден төрткө чейинки сүрөттү катар коюп салыштырат; алар бирге чоңоюп, бирге жылат. Эң жакшысын чыкылдатып, K баскычын басыңыз: ал тандалат, калгандары четке кагылат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">«Түзөтүү ▸ Окшош сүрөттөрдү таңгактарга чогултуу» ар бир сериялык тартууну же дээрлик бирдей көчүрмөлөрдү саны жазылган бир сүрөт катары көрсөтөт; анын үстүндө Боштук баскычын бассаңыз, алар салыштырылат. «Түзөтүү ▸ Ар бир таңгактын эң жакшысын калтыруу» ар бир таңгакта жылдызы эң көп сүрөттү тандап, калгандарын четке кагат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ жана ] сүрөттү чейрек айланага бурат. Жөнөтүлгөн көчүрмө гана багыт теги аркылуу бурулат: файлыңыз өзгөрбөйт жана бир да пиксел кайра кысылбайт (JPEG сүрөттөр гана).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S бүтүн көрүнүштү тандайт: араларында 20 мүнөттүк тыныгуу же 300 м жол жок тартылган сүрөттөрдү. Андан кийин тергениңиз алардын баарына колдонулат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">Музей таблицалары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">«Файл ▸ Музей таблицасынан толтуруу» CSV, XLSX, ODS жана Pattypan программасынын .xls файлдарын окуйт. Таблицанын мамычалары талааларга дал келтирилет (дал келтирүүнү өзгөртсөңүз болот), ал эми ар бир сап файлга аты же инвентардык номери боюнча дал келтирилет. Файлы жок саптар жана сабы жок файлдар көрсөтүлөт; эч нерсе жоголбойт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">Программа капыстан жабылгандан же байланыш үзүлгөндөн кийин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">Топтомуңуз иштеген сайын сакталып турат. Программаны кайра ачыңыз: ал топтомду кайра ачат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">Жүктөө журналы кайсы файлдар викиге жеткенин билет. «Жүктөө» баскычын кайра бассаңыз, калган файлдар менен уланат; эч бир файл эки жолу жөнөтүлбөйт. «Тындыруу» азыр жүктөлүп жаткан файлдан кийин токтотот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">Баскычтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">%1: жүктөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">%1 / %2: жокко чыгаруу / кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">%1: файлдарды импорттоо; %2: папканы импорттоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">%1: ушул колдонмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">Миниатюралар торунда жана таблицада: P — тандоо, X — четке кагуу (мындай файл эч качан жүктөлбөйт), U — белгини алып салуу, 0-дөн 5-ке чейин — жылдыз саны; ар бир баскычтан кийин кийинки сүрөт тандалат.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader колдонмосу</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">Топтомдун демейки маанилери</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">Бул маанилер өз мааниси жок ар бир файлга колдонулат. Башка ыктыярчыларга берүү үчүн аларды иш-чара жыйнагы катары сактаңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мисалы [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">Өз чыгармаңыз болсо, бош калтырыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">Талаалар: {title}, {date}, {n:03} (номер), {original} (файлдын аты), {description:en} жана жыйнактын өз талаалары, мисалы {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">Ар бир сапка бир категория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">Ар бир сапка бир калып, мисалы {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">«%1» категориясын кошуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">Иш-чаранын же өнөктөштүктүн аталышы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation type="unfinished">Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Булак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">Аталыштын үлгүсү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">Сыпаттаманын калыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">Ар бир файл үчүн категориялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">Ар бир файл үчүн калыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">Ар бир файл үчүн купуялык</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">Иш-чара жыйнагын ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">Иш-чара жыйнактары (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">Демейки маанилерди иш-чара жыйнагы катары сактоо</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">Тил кошуу</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — эч кандай укук сакталбаган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — авторду көрсөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — авторду көрсөтүү, ошол эле шарттарда таратуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — авторду көрсөтүү, ошол эле шарттарда таратуу (эски нуска)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — авторду көрсөтүү (эски нуска)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">Коомдук менчик — автор 70 жылдан мурун каза болгон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">Коомдук менчик — автор 100 жылдан мурун каза болгон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">Коомдук менчик — эски эки өлчөмдүү көркөм чыгарманын сүрөтү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">АКШдагы коомдук менчик — автордук укуктун мөөнөтү бүткөн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">Коомдук менчик — АКШ федералдык өкмөтүнүн чыгармасы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">Ар ким файлды каалаган максатта, атүгүл сиздин атыңызды атабай эле колдоно алат. Өз чыгармаңыз үчүн гана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">Авторун көрсөтсө, ар ким файлды колдонуп, өзгөртө алат, анын ичинде коммерциялык максатта да.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">Авторун көрсөтүп, өзгөртүлгөн нускаларын ошол эле лицензия менен таратса, ар ким файлды колдонуп, өзгөртө алат, анын ичинде коммерциялык максатта да. Викиказынада көбүнчө ушул тандалат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 сыяктуу; булак файлды 3.0 нускасы боюнча жарыялаган учурда гана тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 сыяктуу; булак файлды 3.0 нускасы боюнча жарыялаган учурда гана тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">Автору 70 жылдан ашык мурун каза болгон чыгармалар үчүн. Чыгарманын авторун жана датасын көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">Автору 100 жылдан ашык мурун каза болгон чыгармалар үчүн; дээрлик бардык өлкөлөрдө коопсуз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">Автору 70 жылдан ашык мурун каза болгон жалпак көркөм чыгармалардын (живопись, чийме, документ) так сүрөтү же сканерленген көчүрмөсү үчүн.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">АКШда жарыяланганына көп убакыт өтүп, ал жактагы автордук укуктун мөөнөтү бүткөн чыгармалар үчүн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">АКШ федералдык өкмөтүнүн кызматкерлери кызматтык милдетин аткарууда түзгөн чыгармалар үчүн.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">Тандалганга кошуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Алып салуу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">%1 — топтомдун демейки мааниси, ар бир файлда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">«Файл ▸ Топтомдун демейки маанилери» терезесинде коюлган; топтомдун ар бир файлы аны алат. Ар бир сүрөткө туура келбесе, аны ошол жерден алып салыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">%1 — %2/%3 файлда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">Бул тандалган файлдардын айрымдарында гана бар. Баарына берүү үчүн аны кайра кошуңуз.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">Колдонуучунун атын жана боттун сырсөзүн киргизиңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">Викиде мындай аккаунт жок. Колдонуучунун атын текшериңиз (боттун сырсөзү үчүн: Атыңыз@Кошумча).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">Вики сырсөздү кабыл алган жок. Special:BotPasswords көрсөткөн сырсөздү Атыңыз@Кошумча аты менен колдонуңуз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">Кирүү аракеттери өтө көп болду. Бир нече мүнөт күтүп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">Викиге туташуу мүмкүн болгон жок. Байланышыңызды текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">Вики кирүүгө уруксат берген жок.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">Кирүү: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;Боттун сырсөзү&lt;/b&gt; менен кириңиз: викиде Special:BotPasswords барагын ачып, жаңысын түзүңүз (мисалы, аны &lt;i&gt;glamuploader&lt;/i&gt; деп атап, түзөтүү, барак түзүү жана файл жүктөө укуктарын бериңиз), андан соң бул жерге &lt;i&gt;Атыңыз@glamuploader&lt;/i&gt; катары кириңиз. &lt;a href=&quot;%1&quot;&gt;Боттун сырсөздөрү кантип иштейт&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">Атыңыз@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">Сырсөздү системанын ачкычтар сактагычында сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">Колдонуучунун аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">Сырсөз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">Сыноо викисинин тест аккаунтун колдонуу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">Кирүү</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">Жүктөлүүчү вики:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">Бул топтом жүктөлө турган вики. Аны өзгөртүүнү жокко чыгарууга болот.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Жүктөө: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">Түзөтүү: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;Файлдарды импорттоо…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;Папканы импорттоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;Музей таблицасынан толтуруу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">Топтомду &amp;ачуу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">Топтомду башкача &amp;сактоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">Иш-чара жый&amp;нагын ачуу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">Демейки маанилерди жыйнак катары сактоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">Топтомдун &amp;демейки маанилери…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">&amp;Топтомдон алып салуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;Жүктөө…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Параметрлер…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Чыгуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;Жаңы топтом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader &amp;жөнүндө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">&amp;Колдонмо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">&amp;Биринчи ишке киргизүү устаты…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Түзөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation type="unfinished">&amp;Вики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Жардам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Негизги куралдар панели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">Көйгөйлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">Алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Ушул аталыш менен жүктөлөт: File:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">%1, %2. Максат: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n ката</numerusform>
            <numerusform>%n ката</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">Тармактан тышкары: сунуштар мурунку издөөлөрдөн алынат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">Викиге же Викимаалыматка туташуу мүмкүн эмес. Азыр тандалган категориялар жана элементтер тармакка кайра туташканда дагы бир жолу текшерилет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">Тармакта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">Жаңы топтом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">%1 (окуу үчүн гана)</translation>
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
        <translation type="unfinished">%1 дал азыр башка программада ачылып жатат. Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader программасынын башка нускасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">glamuploader буйругу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">%1 азыр %2 аркылуу ачык (%5 компьютериндеги %4 колдонуучусунун %3 процесси, ачылган убактысы: %6). Аны бир эле учурда бирөө гана өзгөртө алат. Сактабай кароо үчүн окуу режиминде гана ачасызбы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">Окуу үчүн гана ачуу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">Топтом файлы бузулган (%1). Анын ордуна акыркы жарактуу көчүрмөсү ачылды; бузулган файл %2 катары сакталды.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>Сүрөт же башка медиа болбогон %n файл кошулган жок: %1</numerusform>
            <numerusform>Сүрөт же башка медиа болбогон %n файл кошулган жок: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>%n файл импорттолду.</numerusform>
            <numerusform>%n файл импорттолду.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader жөнүндө</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">%1 файлынын жакшыртылган нускасы</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">%1 файлынын жаңы нускасы</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">Файлдарды импорттоо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">Папканы импорттоо</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">Топтомду ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader топтомдору (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">Топтомду башкача сактоо</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>%n уяча өзгөртүлдү.</numerusform>
            <numerusform>%n уяча өзгөртүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">Топтомдун демейки маанилерин өзгөртүү</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n файлды алып салуу</numerusform>
            <numerusform>%n файлды алып салуу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>%n файлды топтомдон алып саласызбы?</numerusform>
            <numerusform>%n файлды топтомдон алып саласызбы?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>Алардын ичинен %n файл жүктөлгөн: топтомдо алардын барактары мындан ары көрсөтүлбөйт.</numerusform>
            <numerusform>Алардын ичинен %n файл жүктөлгөн: топтомдо алардын барактары мындан ары көрсөтүлбөйт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>Алардын ичинен %n файлда сиз берген аталыштар, сыпаттамалар же башка маанилер бар.</numerusform>
            <numerusform>Алардын ичинен %n файлда сиз берген аталыштар, сыпаттамалар же башка маанилер бар.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">Дисктеги файлдарга тийилбейт, ал эми «Жокко чыгаруу» аларды кайра кайтарат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">Алып салуу</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">%1 файлынын мамычалары</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>%n сап.</numerusform>
            <numerusform>%n сап.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">%1 катары окулду, мамычалар «%2» менен бөлүнгөн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">Ар бир мамыча эмне экенин тандаңыз; «колдонулбайт» деп калтырылган мамыча окулбайт.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">колдонулбайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">файл (аты же жолу)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">кошумча калып параметри «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">алардын тартиби: биринчи сап — биринчи файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">Саптарды файлдарга дал келтирүү ыкмасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">Файлдарды толтуруу</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Файл ал жерде жок. Аны ордуна кайтарыңыз же топтомдон алып салыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">Файлды окуу мүмкүн эмес ({reason}). Ал башка жерде ачык эмес экенин жана аны окууга уруксатыңыз бар экенин текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">Файл бош (0 байт). Аны камерадан же булактан кайра көчүрүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">Бул Викиказына кабыл ала турган файл түрү эмес (анын мазмуну биз тааныган сүрөт, үн, видео же документ эмес).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">Файл толук эмес окшойт: сүрөттүн аягы жок. Мүмкүн болсо, аны булактан кайра көчүрүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">Файл бузулган жана аны сүрөт катары ачуу мүмкүн эмес ({reason}). Аны булактан кайра көчүрүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">Сүрөттүн өлчөмү {width} × {height} пиксель деп көрсөтүлгөн, бул {limit} пикселден көп: ал декомпрессия бомбасы болушу мүмкүн. Ал ачылган жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">Файлдын аты .{extension} менен бүтөт, бирок файл чындыгында {detected}. Ал .{detected} катары жүктөлөт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">Бул файлдагы камеранын маалыматын (EXIF) окуу мүмкүн эмес ({reason}); датасын жана жайгашкан жерин кол менен киргизүү керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">Камера маалыматынын {tag} талаасында мүмкүн эмес маани бар ({value}); ал эске алынган жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">Файлдын атында көрүнбөгөн башкаруу же текст багытын белгилөөчү белгилер бар; алар аталышка кошулбайт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">Файлда сүрөт качан тартылганы эмес, акыркы жолу качан өзгөртүлгөнү гана ({modified}) көрсөтүлгөн. Датасын көрсөтүңүз же бош калтырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">Файлдын аталышы жок. Ага сүрөттө эмне бар экенин айткан аталыш бериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">Аталыштын узундугу {bytes} байт; Викиказына {limit} байтка чейин уруксат берет. Аны кыскартыңыз (латын алфавитинен тышкаркы тамгалардын ар бири 2–4 байт алат).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">Аталыш өтө кыска ({length} белги; жок дегенде {minimum}). Сүрөттө эмне бар экенин айтыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">Аталышта файлдын атында болушу мүмкүн эмес белгилер бар: {chars}. Аларды алып салыңыз же алмаштырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">Аталышта көрүнбөгөн белгилер бар ({chars}). Аталышты кайра териңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">«{title}» камера берген атка окшош; Викиказына андай аталыштарды кабыл албайт. Сүрөттө эмне бар экенин айткан аталыш бериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">Аталыш Юникоддун кадимки формасында эмес; ал нормалдаштырылат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">Аталыш .{extension} менен бүтөт, бирок файл .{expected} түрүндө.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">Бул топтомдун башка файлында да ушундай эле аталыш бар ({other}). Аталыштарды ар башка кылыңыз, мисалы аталыштын үлгүсүндө {{n}} колдонуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">Аталыштын үлгүсүндө {{{field}}} колдонулган, бирок мындай талаа белгисиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">«{pattern}» аталыш үлгүсүн колдонуу мүмкүн эмес: анын кашааларын {{ }} жана талаалардын аттарын текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">Бул файл ушул топтомдогу {other} файлы менен бирдей (мазмуну бирдей). Алардын бирин алып салыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">Вики бул аталышка уруксат бербейт ({reason}). Мазмунун тагыраак берген аталыш тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">Викиде ушул аталыштагы башка файл бар: {url}. Башка аталыш тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">Лицензия тандалган жок. Автор берген лицензияны тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">«{license}» лицензиясы бул программага белгисиз. Тизмеден бирин тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} лицензиясы өз чыгармаңыз үчүн гана, бирок булакта башка бирөө көрсөтүлгөн. Булак берген лицензияны тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">Автор көрсөтүлгөн жок. Фотографты же жаратуучуну көрсөтүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">Булак көрсөтүлгөн жок. Файл кайдан алынганын көрсөтүңүз (музей, китеп, веб-дарек).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">Сыпаттама жок. Жок дегенде бир тилде сыпаттама кошуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">«{language}» — Викиказына билген тил коду эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">«{language}» тил коду боло албайт. en, tr же ar сыяктуу кодду колдонуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">«{value}» туура дата эмес. Аны ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА же ЖЖЖЖ түрүндө жазыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} датасы келечекте. Камеранын саатын текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">Файлдын категориясы жок. Адамдар аны таба алышы үчүн жок дегенде бирөөнү кошуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">«{category}» категориянын аты боло албайт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">«{value}» — Викимаалымат элементинин идентификатору эмес (мисалы, Q42).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}, {longitude} жайгашкан жери Жердин картасында жок. Кеңдикти (−90…90) жана узундукту (−180…180) текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">«{template}» — жалгыз жана толук калып эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">«{value}» маанисин түзүмдөлгөн маалыматта {field} үчүн колдонууга болбойт. Талаа талап кылгандай Викимаалымат элементинин идентификаторун (мисалы, Q42), https:// менен башталган веб-даректи же колдонуучунун атын бериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} инвентардык номери түзүмдөлгөн маалыматка ал таандык болгон коллекция менен гана жазылат. Коллекциянын Викимаалымат элементин кошуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} тилиндеги коштомо жазуунун узундугу {length} белги; Викиказына {limit} белгиге чейин уруксат берет. Аны кыскартыңыз: кененирээк сыпаттамада айтса болот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">Дал ушул файл викиде {title} аталышы менен бар: {url}. Ал кайра жүктөлбөйт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">Вики .{extension} файлдарын кабыл албайт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">Файлдын өлчөмү {size} байт; вики эң көп дегенде {limit} байт кабыл алат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">Файл импорттолгондон кийин дискте өзгөрдү. Аны кайра импорттоңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">Файл импорттолгондон кийин дискте өзгөрдү ({changed}). Анын маалыматтары кайра окулду жана жаңы файл жөнөтүлөт; аталышы менен сыпаттамасы дагы эле туура келерин текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">«{value}» — викидеги файлдын аты эмес. Алмаштырыла турган файлды File:Name.jpg түрүндө көрсөтүңүз же жаңы файл жүктөө үчүн талааны тазалаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">Викиде алмаштыра турган {title} файлы жок. Атын текшериңиз же жаңы файл жүктөө үчүн «Жаңы нускасы» талаасын тазалаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">Жаңы нуска файлдын түрүн сактайт: {title} — .{expected}, ал эми бул файл — .{extension}. Анын ордуна аны жаңы файл катары жүктөңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">Бул файл {title} файлынын жаңы нускасы катары белгиленген. Ал файлды алмаштыруу үчүн жүктөөнү --new-versions параметри менен иштетиңиз же белгини алып салыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">«{value}» — купуялык параметри эмес. «location» (жайгашкан жерди алып салуу) же «camera» (камеранын бардык маалыматын алып салуу) маанисин колдонуңуз же бош калтырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">Жайгашкан жерди же камера маалыматын .{kind} файлынан анын пикселдерин өзгөртпөй алып салуу мүмкүн эмес ({detail}). Аларды башка программа менен алып салыңыз же купуялык параметрин тазалаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} файлын пикселдерин өзгөртпөй буруу мүмкүн эмес: JPEG сүрөттөр гана багыт теги аркылуу бурулат. Аны сүрөт редакторунда буруп, кайра импорттоңуз же бурууну алып салыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">Сүрөттү буруу мүмкүн болгон жок: {reason}. Аны камерадан же редактордон кайра экспорттоңуз же бурууну алып салыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">Файлдын камера маалыматы сакталган бөлүгү бузулган ({detail}), ошондуктан тазаланган көчүрмө түзүү мүмкүн болгон жок. Аны камерадан же редактордон кайра экспорттоңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">Викиде «{category}» категориясы жок. «{suggestion}» категориясын айткыңыз келдиби?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">Викиде «{category}» категориясы жок. Жазылышын текшериңиз, бар категорияны тандаңыз же адегенде ушул категорияны түзүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">«{category}» категориясы «{target}» дегенге жылдырылган. Анын ордуна «{target}» категориясын колдонуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} Викимаалымат элементи катары ырасталган жок (табылган жок, же Викимаалыматка туташуу мүмкүн болбоду жана ал издөө кэшинде жок). Q-идентификаторду текшериңиз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">Файл жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">Файлды окуу мүмкүн эмес ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">Топтом файлы бузулган же программа окуй албагандай кол менен өзгөртүлгөн ({reason}). Анын акыркы жарактуу көчүрмөсүн ачыңыз (жанындагы ошол эле аттагы, .bak менен бүткөн файл) же кол менен киргизилген өзгөртүүнү текст редакторунда жокко чыгарыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">Топтом файлында программаны иштетиши мүмкүн болгон нускама бар ({reason}), ошондуктан ал окулган жок. Аны сиз кошпосоңуз, акыркы жарактуу көчүрмөнү колдонуңуз (ошол эле аттагы, .bak менен бүткөн файл).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Топтом файлында бул программа окубаган кыскартуулар (&amp; жана * белгилери) колдонулган. Ар бир маанини текст редакторунда толук жазыңыз же акыркы жарактуу көчүрмөнү (.bak) колдонуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Топтом файлында бул программа окубаган кыска бириктирүү (&lt;&lt;) колдонулган. Ар бир маанини текст редакторунда толук жазыңыз же акыркы жарактуу көчүрмөнү (.bak) колдонуңуз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">Файл топтом болуу үчүн өтө чоң ({size} байт).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">Бул жердеги маанинин узундугу {size} байт; топтомдун эч бир талаасы {limit} байттан узун болбойт. Аны текст редакторунда алып салыңыз же көчүрмөнү калыбына келтириңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">Бул {expected} файлы эмес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">Файлдын форматы — {format}; программанын бул нускасы {supported} форматын окуйт. Программаны жаңыртыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">«{field}» талаасы {expected} болушу керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">Электрондук таблицаны окуу мүмкүн эмес ({reason}). Аны электрондук таблица программасында ачып, CSV, XLSX же ODS түрүндө кайра сактаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">Электрондук таблицада баш сап жок. Анын биринчи сабында мамычалардын аталыштары болушу керек (мисалы, «инвентардык номер», «аталыш»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">Вики жаңы файл барагынын номерин азырынча берген жок, ошондуктан анын коштомо жазууларын жана билдирүүлөрүн азыр жазуу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">Викиде бул аталыш башка файлда бар. Башка аталыш тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">Вики бул аталышка уруксат бербейт. Мазмунун тагыраак берген аталыш тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">Аталышта викидеги файлдын атында болбой турган белгилер бар. Аталышты өзгөртүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">Аталыш вики үчүн өтө кыска. Узунураак, мазмундуу аталыш бериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">Аталыш вики үчүн өтө узун. Аны кыскартыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">Аталышта вики бул файл үчүн кабыл ала турган файл кеңейтмеси жок. Файлдын түрүн текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">Вики мындай түрдөгү файлды кабыл албайт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">Вики мындай түрдөгү файлды сунуштабайт. Аны ылайыктуураак форматка айландырыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">Вики файлдын мазмуну анын түрүнө дал келбей турганын же файл бузулганын аныктады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">Файл вики кабыл алгандан чоңураак.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">Файл бош. Ал толук көчүрүлгөнүн текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Файл импорттолгон жеринде жок. Аны ордуна кайтарыңыз же топтомдон алып салыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">Дал ушул файл викиде бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">Ушул аталыштагы файл мурун викиден өчүрүлгөн. Кайра жүктөөдөн мурун себебин текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">Дал ушул файл мурун жүктөлүп, өчүрүлгөн. Кайра жүктөөдөн мурун себебин текшериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">Аталыш камеранын файл аты сыяктуу башталат. Мазмундуу аталыш бериңиз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">Вики аталышты өзгөрттү, анткени анда файлдын атында болбой турган белгилер бар болчу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">Файл башка файлдын миниатюрасына окшош. Толук өлчөмдүү түп нускасын жүктөңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">Аталыш миниатюранын атына окшош (өлчөм менен башталат). Аталышты өзгөртүңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">Бул викиде жүктөө өчүрүлгөн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">Вики файлды себебин айтпай кабыл алган жок. Кийинчерээк кайра аракет кылыңыз же себебин көрүү үчүн аны кол менен жүктөңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Вики ылдамдыкты азайтууну суранды (ылдамдык чеги), файлды жөнөтүү бир нече жолу кайталанды. Улантуу үчүн кийинчерээк кайра жүктөңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Викинин серверлеринин жүктөмү өтө жогору болду, файлды жөнөтүү бир нече жолу кайталанды. Улантуу үчүн кийинчерээк кайра жүктөңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">Вики техникалык тейлөө үчүн окуу режиминде гана. Улантуу үчүн кийинчерээк кайра жүктөңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">Вики файлдын бөлүктөрүн сактай алган жок. Улантуу үчүн кайра жүктөңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">Кирүү сеансы бүттү жана аны өз убагында жаңыртуу мүмкүн болгон жок. Улантуу үчүн кайра жүктөңүз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">Викиге туташуу мүмкүн болгон жок. Байланышты текшериңиз; жүктөөнү кийин улантууга болот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">Сиз кире элексиз же сеанстын мөөнөтү бүттү. Кайра кириңиз.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">Вики программага белгисиз ката менен жооп берди ({code}). Кийинчерээк кайра жүктөңүз; ката кайталана берсе, көбүрөөк билүү үчүн бул файлды кол менен жүктөңүз.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation type="unfinished">Музей объектиси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation type="unfinished">Барактын музей калыбынын талаалары. Сүрөтчү же мекеме текст, {{Creator:William Blake}} сыяктуу калып же Викимаалымат Q-идентификатору болушу мүмкүн.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(тандалган файлдарда ар башка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — топтомдун демейки маанилеринен</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">Музей таблицасынан толтуруу</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">Электрондук таблицалар (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">%1 файлынан толтуруу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">%1-сап</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">%1-сап, %2-мамыча: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … жана дагы %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">Электрондук таблицада оңдолушу керек болгон уячалар:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">Эч нерсе жоголгон жок: файлы жок саптар электрондук таблицада калат, ал эми сабы жок файлдар мурунку маанилерин сактайт. «Жокко чыгаруу» толтурууну толугу менен артка кайтарат.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — топтомдун демейки маанилеринен</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">Викиказына (Wikimedia Commons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Бета Викиказына (сыноо үчүн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">Жергиликтүү сыноо викиси (ушул компьютерде)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">Параметрлер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">Жаңы топтом жүктөлө турган вики: бирин тандаңыз же каалаган MediaWiki сайтынын api.php дарегин териңиз. Ачык топтомдун викиси куралдар панелинде тандалат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">мисалы [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Ар бир топтом үчүн өзүнчө тандоо</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">Жаңы топтомдор жүктөлө турган вики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">Программанын тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">Демейки автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">Демейки лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">Миниатюранын өлчөмү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">Вики, боттун сырсөзү, автор жана лицензия, кадам-кадамы менен…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">Биринчи ишке киргизүү устаты: ал боттун сырсөзүңүздү текшере алат</translation>
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
        <translation type="unfinished">Түзүмдөлгөн маалымат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">Барактын көрүнүшү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">Жүктөөдөн кийин файлга жазыла турган коштомо жазуулар жана билдирүүлөр (чагылдырылганы, лицензия, дата, жайгашкан жери…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON түрүндө көрсөтүү (викиге эмне жөнөтүлөт)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">Вики көрсөткөндөй кылып көрсөтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">Викиден баракты көрсөтүүнү сурайт; ал жерде эч нерсе сакталбайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">Жөнөтүлө турган баракты көрүү үчүн файлды тандаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">Бир файлды тандап, андан соң викиден анын барагын көрсөтүүнү сураңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">Коштомо жазуу (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">Чагылдырылганы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">Түзүүчү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Лицензия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">Автордук укук абалы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">Файлдын булагы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">Сүрөт тартылган жер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">Көрсөтүлгөн жер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">Көркөм чыгарманын көчүрмөсү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation type="unfinished">Коллекция</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation type="unfinished">Инвентардык номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation type="unfinished">Автордун аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Викимедиадагы колдонуучунун аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">Веб-дарек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">Сыпатталган жери</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">Викиден суралууда…</translation>
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
        <translation type="unfinished">Талаа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished">Көйгөй</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(batch)</source>
        <translation type="unfinished">(топтом)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Accept warning</source>
        <translation type="unfinished">Эскертмени кабыл алуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">Баары бир жүктөө: тандалган эскертме бул файл үчүн кайра көрсөтүлбөйт</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">Көйгөй жок.</translation>
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
            <numerusform>Жүктөөгө чейин оңдолушу керек болгон %n ката</numerusform>
            <numerusform>Жүктөөгө чейин оңдолушу керек болгон %n ката</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n эскертме</numerusform>
            <numerusform>%n эскертме</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Макул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Жа&amp;буу</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Ке&amp;сүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Кө&amp;чүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">Ко&amp;юу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">Чоо-жайын көрсөтүү...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Чоо-жайын жашыруу...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation type="unfinished">Макул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">Сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">Ачуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Ооба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Жок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">Жабуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">Сактабоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Жардам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">Колдонуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">Баштапкы абалга кайтаруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">Кайталоо</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">Кө&amp;чүрүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">&amp;Шилтеменин дарегин көчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Артка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Кийинки &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Бүтүрүү</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Жардам</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation type="unfinished">Табуу жана алмаштыруу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">Мамыча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">Табуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">Эмнеге алмаштыруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">Баарын алмаштыруу</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">&amp;Бүтүн көрүнүштү тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">Тандалган сүрөт менен бирге, араларында 20 мүнөттүк тыныгуу же 300 м жол жок тартылган сүрөттөрдү тандоо (баскыч: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">Адегенде көрүнүштөн бир сүрөт тандаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>Бул көрүнүштүн %n сүрөтү тандалды: эми тергениңиз алардын баарына колдонулат.</numerusform>
            <numerusform>Бул көрүнүштүн %n сүрөтү тандалды: эми тергениңиз алардын баарына колдонулат.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">&amp;Окшош сүрөттөрдү таңгактарга чогултуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">Ар бир сериялык тартууну же дээрлик бирдей көчүрмөлөрдү саны жазылган бир сүрөт катары көрсөтүү; анын үстүндө Боштук баскычын бассаңыз, алар салыштырылат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">&amp;Ар бир таңгактын эң жакшысын калтыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">Ар бир таңгакта жылдызы эң көп сүрөттү (же мурда тандалганын, же биринчисин) тандап, калгандарын четке кагуу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">Окшош сүрөттөр изделүүдө: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>Окшош сүрөттөрдөн %n таңгак түзүлдү.</numerusform>
            <numerusform>Окшош сүрөттөрдөн %n таңгак түзүлдү.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">Окшош сүрөттөрдү табуу мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">Тандалган сүрөт окшош сүрөттөрдүн эч бир таңгагында жок. Аларды табуу үчүн «Түзөтүү ▸ Окшош сүрөттөрдү таңгактарга чогултуу» параметрин иштетиңиз.</translation>
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
        <translation type="unfinished">файлдын аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation type="unfinished">пландалган аталыш</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation type="unfinished">Сүрөтчү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">Аталыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Сыпаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">Материалы жана техникасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished">Өлчөмдөрү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Мекеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">Бөлүм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation type="unfinished">Инвентардык номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation type="unfinished">Ыраазычылык сабы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Булак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation type="unfinished">Уруксат</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation type="unfinished">Башка нускалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">Чагылдырылган адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">Чагылдырылган жер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">Түзүлгөн жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">Табылган жери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">Буюмдун тарыхы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">Көргөзмөлөрдүн тарыхы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">Жазуулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Эскертүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">Адабияттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Викимаалымат элементи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">Фотограф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">Көркөм чыгарманын лицензиясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">Сүрөттүн сыпаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">Сүрөттүн датасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">Сүрөттүн лицензиясы</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>%n окшош</numerusform>
            <numerusform>%n окшош</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Жүктөө: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">Кирүү…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">Жүктөөнү баштоо</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">Улантуу</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">Тындыруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">Азыр жүктөлүп жаткан файлдан кийин токтотуу; чоң файл учурдагы бөлүгүнөн кийин токтойт жана кийин ошол жерден улантылат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">Азыр жүктөлүп жаткан файлдан кийин токтотуп, жабуу; жүктөлгөндөр жазылып калат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">Ийгиликсиздерин кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">Отчетту сактоо (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">Галереянын викитекстин көчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">Абалы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">Файлдын барагы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">Жөнөтүүдөн мурун файлдар каралууда…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">Кире элексиз: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">%1: %2 катары кирдиңиз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">Жабуу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">Кирүү жана жүктөө…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%v/%m файл</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">Кирүү аткарылууда…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Кирүү ийгиликсиз: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">Файлдар текшерилди; эми жөнөтүлүүдө.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">%1 с күтүү: бул аккаунт саатына чектелген сандагы гана файл жүктөй алат (викинин ылдамдык чеги)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">Вики бош эмес; %1 %2 секунддан кийин кайра жөнөтүлөт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">Вики жооп берген жок; %1 %2 секунддан кийин кайра жөнөтүлөт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">Жүктөлүүдө: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">Азыр жүктөлүп жаткан файлдан кийин токтойт…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">Болжол менен %1 мүн %2 с калды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">%1 жүктөлдү, %2 викиде мурунтан бар, %3 ийгиликсиз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">Тындырылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">Бул викиде түзүмдөлгөн маалымат жок: коштомо жазуулар жана билдирүүлөр жазылган жок.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">Жөнөтүүдөн мурун файлдар каралууда (ордундабы, импорттон кийин өзгөрдүбү): %1/%2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">Жүктөө журналы бузулган. Ал %1 катары сакталды жана жаңысы башталды. Эч нерсе жоголгон жок: викиде мурунтан бар файлдар текшерүү суммасы боюнча табылат.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">Отчетту сактоо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">Отчет %1 катары сакталды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">Галереянын викитексти алмашуу буферине көчүрүлдү.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">Бул файлды көрсөтүү мүмкүн эмес: ал көрүү терезеси окуй алган сүрөт эмес же бузулган. Аны көйгөйлөр тизмесинен текшериңиз.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation type="unfinished">кеңдик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation type="unfinished">узундук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">багыт °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">Бул жерди браузерде OpenStreetMap картасынан көрсөтүү</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">жүктөөдөн алынып салынды</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">Бул тилди алып салуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(тандалган файлдарда ар башка)</translation>
    </message>
</context>
</TS>
