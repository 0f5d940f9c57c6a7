<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sah">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">Саҥа бөлөхтөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">Киллэрии сурунаала (биикигэ тиийбит билэлэр, салгыырга)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">Ойуучааннар уонна көрдөөһүн кэшэ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">Хаартыскалары уонна скааннары Биики ыскылаатыгар (Wikimedia Commons) структууралаах дааннайдары кытта бөлөҕүнэн киллэрии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">GNU GPL лиссиэнсийэнэн (3-с эбэтэр кэлиҥҥи барыл) тарҕанар көҥүл бырагыраамма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">Билэлэриҥ ханна сыталлар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">Маннык бырагырааммаларга олоҕурар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">Бырагыраамма алдьаннаҕына: хат арый. Бөлөҕүҥ үлэлии сырыттаххына бигэргэнэ турар, оттон сурунаал ханнык билэлэр биикигэ тиийбиттэрин билэр; «Киллэр» биир да билэни иккитэ ыыппакка салгыыр.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">Көрүллүбүт тылбаастар: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">Төрөөбүт тылынан саҥарар киһи өссө көрө илик: %1. Көннөрүүлэргэ үөрэбит (хайдах ыытары translations/README.md этэр).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation type="unfinished">моһол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation type="unfinished">бэлэм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">киллэриллэр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">киллэрилиннэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">киллэрилиннэ, дааннайдара кэтэһиллэр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">сатаммата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">хос билэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">бырахылынна</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%n ячейкаҕа уктуу</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">Аллара толоруу</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">Солбуйуу: %1</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation type="unfinished">Ойуучаан</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation type="unfinished">Уларытыы: %1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">Бэлиэтээбит кэннэ &amp;аныгыскы хаартыскаҕа көс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P, X, U эбэтэр сулус ахсаана баттаммыт кэннэ аныгыскы хаартыска көстөр</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">Сэргэстэһиннэрэн тэҥнииргэ иккиттэн түөрккэ диэри хаартысканы тал.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">Хаҥас диэки эргитии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">Уҥа диэки эргитии</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>Биири хаалларыы, атын %n хаартысканы бырахыы</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">Сулустар: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">Талан ылыы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">Бырахыы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">Бэлиэни сотуу</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">Тургутар биики холбонор, холобур хаартыскалар оҥоһуллаллар… (бастакы сырыыга мүнүүтэ кэриҥэ ылар)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">Холобур бөлөх бу көмпүүтэргэ баар тургутар биикигэ аналлаах.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">Бы&amp;һаарыыта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">Б&amp;аһа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">&amp;Ойуу суруга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">Аа&amp;птар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">Күнэ-&amp;ыйа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">&amp;Хантан ылыллыбыта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">&amp;Лиссиэнсийэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">Ка&amp;тегориялар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">Ойууга көстөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">Ха&amp;нната</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">Халыыпта&amp;р</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">Кист&amp;ээһин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">Сирэй халыыба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">Са&amp;ҥа барыла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">Уларытыы и&amp;с хоһооно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">YYYY-MM-DD, YYYY-MM эбэтэр YYYY. Кураанах буоллаҕына: хаартыска түһэриллибит күнэ-ыйа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">Бэйэҥ айымньыҥ буоллаҕына, кураанах хааллар; атын түгэҥҥэ — мусуой, кинигэ эбэтэр ситим-сир аадырыһа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">Категория аата, «Category:» суох</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Бикидаата элэмиэнэ, холобур Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">холобур, {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">Мета дааннайдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">Хас биирдии билэ лиссиэнсийэтэ, ааптара уонна категориялара…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">Бу билэ тупсарыллыбыт барылын киллэр…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">Ол ойуу кыра тупсарыыларыгар эрэ: ордук чуолкай буолуу, өҥө, шуума сотуллуута эбэтэр эргитии. Атын туох баар барыта саҥа билэ быһыытынан ыытыллар.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">Ыраастаммыт куоппуйа киллэриллэр; пииксэллэр уонна эн төрүт билэҥ хаһан да уларыйбаттар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">Биикигэ баар File:Name.jpg — саҥа билэҕэ кураанах хааллар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">Биики ыскылаата саҥа барылы ол ойуу кыра тупсарыыларыгар эрэ көҥүллүүр: ордук чуолкай буолуу, өҥө, шуума сотуллуута эбэтэр эргитии. Атын туох баар барыта (атын хаартыска, көстөрүн уларытар кырыйыы) саҥа билэ быһыытынан ыытыллар. Саарбахтаатаххына, саҥа билэни киллэр.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">%1 быһыытынан киллэрилиннэ. Билигин кини сирэйэ биикигэ уларытыллар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">Биикигэ %1 быһыытынан хайыы-үйэ баар: хат киллэриллибэт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">Бу билэлэр биикигэ бааллар. Билигин кинилэр сирэйдэрэ онно уларытыллаллар.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">Билэттэн ылыллыбыт күлүүс тыллар категория быһыытынан: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">Хас биирдиилэрэ биикигэ атын категориялар курдук тургутуллар; онно категория буолбатахтарын сот.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">Мусуой хонуута</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">Уларытарга биир эбэтэр хас да билэни тал.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>%n билэ талылынна: уларытыы барыларыгар сыһыаннаах.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(талыллыбыт билэлэргэ атын-атын)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — бөлөх уопсай суолталарыттан</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">Билэттэн: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Билэ маннык киллэриллиэ: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">Түһэриллибитэ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">Ойууга туох көстөрө</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">Билэни хайдах баарынан ыыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">Киллэриллэр куоппуйаттан түһэриллибит сирин (GPS) сот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">Киллэриллэр куоппуйаттан камера бары дааннайдарын сот</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">Киллэрии сурунаалын суруйар табыллыбата (%1). Туох да сүппэтэ: дискэ миэстэ босхолоо эбэтэр паапка көҥүллэрин тургут, онтон «Киллэр» тимэҕи хат баттаа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">Бөлөҕү арыйар табыллыбата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">Бөлөҕү бигэргэтэр табыллыбата. Паапка баарын уонна дискэ миэстэ баарын тургут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">Билэлэри импортыыр табыллыбата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">Бөлөҕү тургутар табыллыбата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">Киллэрии тохтоото.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">баһа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">быһаарыыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">ойуу суруга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished">күнэ-ыйа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation type="unfinished">ааптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation type="unfinished">хантан ылыллыбыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">лиссиэнсийэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">категориялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">ойууга көстөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">ханната</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">халыыптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished">билэ</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation type="unfinished">Киирии…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">%1 аатынан киирдиҥ. Билэлэр бу бэлиэ-аатынан киллэриллиэхтэрэ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Киирии сатаммата: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">Бырагырааммалар сүрүн аһарыгынан буолбакка, &lt;b&gt;оруобат аһарыгынан&lt;/b&gt; киирэллэр: кини эн көҥүллээбиккин эрэ оҥорор, ону хаһан баҕарар суох гыныаххын сөп.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">Биикигэ &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; арый, &lt;i&gt;glamuploader&lt;/i&gt; диэн ааттаах, уларытар, сирэйдэри оҥорор уонна билэлэри киллэрэр бырааптаах аһарыгы оҥор, онтон манна &lt;i&gt;YourName@glamuploader&lt;/i&gt; уонна биики көрдөрбүт аһарыгын суруй. &lt;a href=&quot;%2&quot;&gt;Оруобат аһарыктара хайдах үлэлииллэр&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">Саҥа бөлөхтөр манна ыытыллыахтара: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation type="unfinished">Ааптар: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished">Лиссиэнсийэ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation type="unfinished">Бу барытын «Уларытыы ▸ Туруоруулар» иһигэр уларытыахха сөп, бу көмөлөһөөччү «Көмө» менюга баар. Ыйынньык («Көмө ▸ Ыйынньык», F1) сүрүн үлэни хардыы-хардыы көрдөрөр.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader: нөрүөн нөргүй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">Нөрүөн нөргүй</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">Ханнык биики?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">Оруобат аһарыгыҥ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">Ааптар уонна лиссиэнсийэ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">Бэлэм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">Аҕыйах ыйытык, биирдэ эрэ. Хас биирдиилэрин «Салгыы» тимэҕинэн аһарыаххын сөп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">Саҥа бөлөхтөр ханна киллэриллэллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">Киллэрии ыйыппакка саҕаланарын курдук. Маны аһарыаххын уонна киллэрэргэр киириэххин сөп.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">Саҥа бөлөхтөр туохтан саҕаланаллар; хас биирдии билэ бэйэтин суолталаах буолуон сөп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">Саҕалыаххын сөп.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader хаартыскалары уонна скааннары Биики ыскылаатыгар киллэрэр: элбэҕи биир кэмҥэ, быһаарыылары, категориялары уонна структууралаах дааннайдары кытта, уонна туох эмэ ыытыллыан иннинэ хас биирдии моһолу көрдөрөр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">Бырагыраамма ты&amp;ла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">Дьиҥнээх Биики ыскылаата: киллэрбиккин тута бары көрөллөр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">Биики ыскылаатын тургутар куоппуйата, боруобалаан көрөргө; кэмиттэн кэмигэр кураанахтанар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">Бу көмпүүтэргэ баар биики, бырагырааманы бэлиэ-аата суох боруобалаан көрөргө (PHP уонна MediaWiki туруоруллубут буолуохтаахтар).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">холобур, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">Бэ&amp;лиэ-аат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Аһарык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">Аһарыгы систиэмэ аһарыктарын &amp;харайар сиригэр хааллар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">К&amp;иириини тургут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">Тургутар биики тургутуу бэлиэ-аатын т&amp;уһан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">Ааптар — эн хайдах ааттаныаххын баҕарарыҥ, холобур, [[User:Name|Name]]. Лиссиэнсийэ бэйэҥ хаартыскаларгар эрэ сыһыаннаах; мусуой скааннарыгар хас биирдии билэҕэ туспа тал.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Ааптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">&amp;Лиссиэнсийэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Бөлөх аайы талыллар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">Аһар</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation type="unfinished">Табылыысса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation type="unfinished">Билэлэри табылыысса курдук көрдөр: электрон табылыыссаҕа курдук, хас биирдии хонууга биирдии колонка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">Хаартыскалары эбэтэр паапкалары манна быраҕ, эбэтэр «Паапканы импортаа» тимэҕи туһан.

Онтон билэлэри талан быһаар; аллараа «Моһоллор» панель киллэриэх иннинэ өссө туох наадатын этэр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">Сиидэҕэ биир да билэ сөп түбэспэтэ. Бары билэлэри көрөргө сиидэни ыраастаа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">Баһынан, билэ аатынан, быһаарыытынан эбэтэр категориятынан сиидэлээ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">Бары билэлэр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">Талан ылыллыбыттар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">Бырахыллыбатахтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">Өссө бэлиэтэммэтэхтэр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">Биир эбэтэр элбэх сулустаахтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">Үс эбэтэр элбэх сулустаахтар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">Билэ аатынан наардаа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">Түһэриллибит кэминэн наардаа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">Баһынан наардаа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">Талан ылыынан уонна сулустарынан наардаа</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">Сүрүн үлэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">Хаартыскалаах паапканы түннүккэ быраҕ, эбэтэр «Билэ ▸ Паапканы импортаа» туһан. Саҥа билэлэр бары талыллаллар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">Элбэх билэ талыллыбыт буоллаҕына, суруйбутуҥ барыларыгар сыһыаннаах: лиссиэнсийэни тал, ааптары уонна категорияны суруй (Enter эбэр).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">Элбэх билэҕэ биир баһы суруй, оччоҕо кинилэр нүөмэрдэнэллэр: «Дьокуускай уулуссалара 01», «Дьокуускай уулуссалара 02»… Наада буоллаҕына, билэҕэ бэйэтин быһаарыытын уонна ойуу суругун биэр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">«Моһоллор» панельга көр. Алҕастар (кыһыллар) көннөрүллүөхтээхтэр; сэрэтиилэри ылыныаххын сөп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">«Киллэр» (%1) тимэҕи баттаа, оруобат аһарыгынан киир уонна билэлэр хайдах ыытылларын көр. Киллэриллибит хас биирдии билэ биикигэ бэйэтин сирэйигэр сигэлээх.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">Тэрээһин тэриллэрэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">Тэрээһин тэрилэ тэрээһин уопсай суолталарын харайар: лиссиэнсийэ, ааптар, категориялар, ойууга көстөр, баһын тутула уонна туттуллуохтаах тыллар. Тэрийээччи ону «Билэ ▸ Уопсай суолталары тэрил быһыытынан бигэргэт» көмөтүнэн бигэргэтэр уонна волонтердарга биэрэр, оттон кинилэр импортыахтарын иннинэ ону «Билэ ▸ Тэрээһин тэрилин арый» көмөтүнэн арыйаллар.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">«Билэ ▸ Бөлөх уопсай суолталара» бөлөх хас биирдии билэтэ туохтан саҕаланарын көрдөрөр; билэ бэйэтин суолтата куруук баһыйар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">Моһоллор табылыыссата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">Киллэрии сатамматын эбэтэр Биики ыскылаатын бэрэбиэркэлээччитэ утарсарын үөскэтиэн сөптөөх барыта туох эмэ ыытыллыан иннинэ тиһиллэр: лиссиэнсийэ эбэтэр ааптар суоҕа, биики ылымматах эбэтэр атын билэ ылбыт бастара, суох категориялар, биикигэ хайыы-үйэ баар билэлэр, алдьаммыт ойуулар.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">Элбэх билэҕэ баар биир моһол — биир устуруока; билэлэри көрөргө ону арый. Көннөрүллүөхтээх билэҕэ уонна хонууга тиийэргэ устуруоканы иккитэ баттаа. Алҕастар баалларына «Киллэр» үлэлээбэт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">Саамай үчүгэй хаартыскалары талан ылыы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Space талыллыбыт хаартысканы бүтүн түннүгү толорон көрдөрөр; ох баттамнар инники-кэнники көһөрөллөр, Esc төннөрөр. Z хаартысканы курсор турар сиригэр 100 % кээмэйинэн көрдөрөр; эргиччи көрөргө хаартысканы мыышкаҕынан тардан сыҕарыт, эбэтэр Shift баттамы баттаан туран ох баттамнары баттаа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P талан ылар, X бырахар (бырахыллыбыт хаартыска хаһан да тургутуллубат уонна киллэриллибэт), U бэлиэни сотор, 0–5 баттамнар сулус биэрэллэр, онтон аныгыскы хаартыска көстөр («Уларытыы ▸ Бэлиэтээбит кэннэ аныгыскы хаартыскаҕа көс»). Ойуучааннар үрдүлэринээҕи тиһик талан ылыллыбыттары, бырахыллыбатахтары эбэтэр сулустаах хаартыскалары эрэ көрдөрөр.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C талыллыбыт иккиттэн түөрккэ диэри хаартысканы сэргэстэһиннэрэн тэҥниир: кинилэр бииргэ улаатыналлар уонна сыҕарыллаллар. Саамай үчүгэйин мыышкаҕынан тал уонна K баттамы баттаа: ол талан ылыллар, атыттара бырахыллаллар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">«Уларытыы ▸ Майгынныыр хаартыскалары мунньуй» хас биирдии тохтоло суох түһэриллибит серияны эбэтэр олус майгынныыр хаартыскалары ахсааннаах биир хаартыска курдук көрдөрөр; онно Space кинилэри тэҥниир. «Уларытыы ▸ Хас биирдии мунньуктан саамай үчүгэйин хааллар» хас биирдии мунньукка саамай элбэх сулустаах хаартысканы талан ылар, атыттарын бырахар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ уонна ] хаартысканы 90° эргитэллэр. Ыытыллар куоппуйа эрэ ориентация бэлиэтинэн эргитиллэр: эн билэҥ уларыйбат, хаартыска хаачыстыбата түспэт (JPEG хаартыскаларга эрэ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S бүтүн сценаны талар: икки ардыларыгар 20 мүнүүтэлээх тохтобул эбэтэр 300 м хаамыы суох хаартыскалары. Онтон эрэдээктэргэ суруйбутуҥ барыларыгар сыһыаннаах буолар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">Мусуой табылыыссалара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">«Билэ ▸ Мусуой табылыыссатыттан толор» CSV, XLSX, ODS уонна Pattypan .xls билэлэрин ааҕар. Табылыысса колонкалара хонууларга сөп түбэһиннэриллэллэр (сөп түбэһиннэриини уларытыаххын сөп), хас биирдии устуруока — билэҕэ, аатынан эбэтэр инвентарнай нүөмэринэн. Билэтэ суох устуруокалар уонна устуруоката суох билэлэр ааттаналлар; туох да сүппэт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">Бырагыраамма алдьаннаҕына эбэтэр ситим быһыннаҕына</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">Бөлөҕүҥ үлэлии сырыттаххына бигэргэнэ турар. Бырагырааманы хат арый: бөлөҕү хат арыйыа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">Киллэрии сурунаала ханнык билэлэр биикигэ тиийбиттэрин билэр. «Киллэр» тимэҕи хат баттаа, оччоҕо хаалбыттарын салгыыр; биир да билэ иккитэ ыытыллыбат. «Тохтото түс» билигин ыытыллан эрэр билэ кэнниттэн тохтотор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">Баттамнар дьүөрэлэрэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">%1: киллэр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">%1 / %2: төннөр / хатылаа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">%1: билэлэри импортаа; %2: паапканы импортаа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">%1: бу ыйынньык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">Ойуучааннарга уонна табылыыссаҕа: P — талан ылыы, X — бырахыы (оннук билэ хаһан да киллэриллибэт), U — бэлиэни сотуу, 0–5 — сулус ахсаана; хас биирдии баттааһын кэнниттэн аныгыскы хаартыска талыллар.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader ыйынньыга</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">Бөлөх уопсай суолталара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">Бу суолталар бэйэлэрин суолталара суох бары билэлэргэ туттуллаллар. Атын волонтердарга биэрэргэ, тэрээһин тэрилин быһыытынан бигэргэт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">холобур, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">Бэйэҥ айымньыҥ буоллаҕына, кураанах хааллар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">Хонуулар: {title} (баһа), {date} (күнэ-ыйа), {n:03} (нүөмэр), {original} (билэ аата), {description:en} (быһаарыыта), уонна тэрил бэйэтин хонуулара, холобур {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">Биир устуруокаҕа биир категория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">Биир устуруокаҕа биир халыып, холобур {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">«%1» категорияны эп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">Тэрээһин эбэтэр бииргэ үлэлээһин аата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation type="unfinished">Лиссиэнсийэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Ааптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Хантан ылыллыбыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">Баһын тутула</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">Быһаарыы халыыба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">Хас биирдии билэ категориялара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">Хас биирдии билэ халыыптара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">Хас биирдии билэ кистээһинэ</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">Тэрээһин тэрилин арый</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">Тэрээһин тэриллэрэ (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">Уопсай суолталары тэрээһин тэрилин быһыытынан бигэргэт</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">Тылы эп</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — ханнык да быраап хааллыбат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — ааптары ыйыы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — ааптары ыйыы, тэҥ усулуобуйаҕа тарҕатыы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — ааптары ыйыы, тэҥ усулуобуйаҕа тарҕатыы (эргэ барыл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — ааптары ыйыы (эргэ барыл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">Уопсастыба бас билиитэ — ааптар өлбүтэ 70 сылтан ордук буолбут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">Уопсастыба бас билиитэ — ааптар өлбүтэ 100 сылтан ордук буолбут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">Уопсастыба бас билиитэ — эргэ көнө (2D) уус-уран айымньы хаартыската</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">АХШ-ка уопсастыба бас билиитэ — ааптар быраабын болдьоҕо ааспыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">Уопсастыба бас билиитэ — АХШ федеральнай бырабыыталыстыбатын айымньыта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">Ким баҕарар билэни туохха баҕарар туттуон сөп, эн ааккын да ааттаабакка. Бэйэҥ айымньыҥ эрэ буоллаҕына.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">Ким баҕарар билэни туттуон уонна уларытыан сөп, ол иһигэр эргиэҥҥэ, ааптарын ааттыыр буоллаҕына.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">Ким баҕарар билэни туттуон уонна уларытыан сөп, ол иһигэр эргиэҥҥэ, ааптарын ааттыыр уонна уларытыллыбыт барылларын ол лиссиэнсийэнэн тарҕатар буоллаҕына. Биики ыскылаатыгар үксүн маны талаллар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 курдук; хантан ылыллыбыт сир билэни 3.0 барылынан таһаарбыт буоллаҕына эрэ тал.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 курдук; хантан ылыллыбыт сир билэни 3.0 барылынан таһаарбыт буоллаҕына эрэ тал.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">Ааптардара өлбүттэрэ 70 сылтан ордук буолбут айымньыларга. Ааптары уонна айымньы оҥоһуллубут кэмин ый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">Ааптардара өлбүттэрэ 100 сылтан ордук буолбут айымньыларга; бары кэриэтэ дойдуларга куттала суох.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">Ааптардара өлбүттэрэ 70 сылтан ордук буолбут көнө уус-уран айымньылар (кыраасканан ойуулар, уруһуйдар, докумуоннар) чуолкай хаартыскаларыгар эбэтэр скааннарыгар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">АХШ-ка урут бэчээттэммит, онно ааптар быраабын болдьоҕо ааспыт айымньыларга.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">АХШ федеральнай бырабыыталыстыбатын үлэһиттэрэ үлэлэрин эбээһинэһин толорон оҥорбут айымньыларыгар.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">Талыллыбыттарга эп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Сот</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">%1 — бөлөх уопсай суолтата, хас биирдии билэҕэ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">«Билэ ▸ Бөлөх уопсай суолталара» иһигэр туруоруллар; бөлөх хас биирдии билэтэ ону ылар. Бары хаартыскаҕа сөп түбэспэт буоллаҕына, онно сот.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">%1 — %3 билэттэн %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">Талыллыбыт билэлэр сорохторугар эрэ баар. Барыларыгар биэрэргэ хат эп.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">Бэлиэ-ааккын уонна оруобат аһарыгын суруй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">Биикигэ маннык бэлиэ-аат суох. Бэлиэ-ааккын тургут (оруобат аһарыгар: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">Биики аһарыгы ылыммата. Special:BotPasswords көрдөрбүт аһарыгын YourName@Suffix кытта туһан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">Киирэ сатааһын наһаа элбэх. Хас да мүнүүтэ кэтэс уонна хатылаан көр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">Биикигэ холбонор табыллыбата. Холбонуугун тургут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">Биики киириини ылыммата.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">Киирии: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;Оруобат аһарыгынан&lt;/b&gt; киир: биикигэ Special:BotPasswords арый, аһарыгы оҥор (холобур, &lt;i&gt;glamuploader&lt;/i&gt; диэн ааттаах, уларытар, сирэйдэри оҥорор уонна билэлэри киллэрэр бырааптаах) уонна манна &lt;i&gt;YourName@glamuploader&lt;/i&gt; быһыытынан киир. &lt;a href=&quot;%1&quot;&gt;Оруобат аһарыктара хайдах үлэлииллэр&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">Аһарыгы систиэмэ аһарыктарын харайар сиригэр хааллар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">Бэлиэ-аат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">Аһарык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">Тургутар биики тургутуу бэлиэ-аатын туһан</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">Киир</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">Киллэрэр биики:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">Бу бөлөх ыытыллар биикитэ. Уларыппыккын төннөрүөххүн сөп.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Киллэрии: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">Уларытыы: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;Билэлэри импортаа…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;Паапканы импортаа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;Мусуой табылыыссатыттан толор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">Бөлөҕү &amp;арый…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">Бөлөҕү атын аатынан би&amp;гэргэт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">Тэрээһин тэрилин а&amp;рый…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">Уопсай суолталары тэрил быһыытынан бигэргэт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">Бөлөх &amp;уопсай суолталара…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">Бөлөхтөн &amp;сот</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;Киллэр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Туруоруулар…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Таҕыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;Саҥа бөлөх</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader &amp;туһунан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">&amp;Ыйынньык</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">&amp;Бастакы саҕалааһын көмөлөһөөччүтэ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">Төн&amp;нөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Хатылаа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Билэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Уларытыы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation type="unfinished">Б&amp;иики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Көмө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Сүрүн панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Салҕаама</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">Моһоллор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">Холоон көрүү</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Билэ маннык киллэриллиэ: File:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">%1, %2. Биики: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n билэ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n алҕас</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">Ситимэ суох: сүбэлэр урукку көрдөөһүннэртэн ылыллаллар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">Биикигэ эбэтэр Бикидаатаҕа холбонор кыах суох. Билигин талбыт категорияларыҥ уонна элэмиэннэриҥ ситимҥэ төннөргө хат тургутуллуохтара.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">Ситимҥэ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">Саҥа бөлөх</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">%1 (ааҕарга эрэ)</translation>
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
        <translation type="unfinished">%1 билигин атын бырагыраамманан арыллан эрэр. Сотору хатылаан көр.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader атын куоппуйата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">glamuploader хамаандата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">%1 манна арыллыбыт: %2 (%5 көмпүүтэргэ %4 туттааччы %3 нүөмэрдээх процеһа, %6 ыла). Биир кэмҥэ соҕотох бырагыраамма уларытыан сөп. Бигэргэппэккэ көрөргө ааҕарга эрэ арыйаҕын дуо?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">Ааҕарга эрэ арый</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">Бөлөх билэтэ алдьаммыт (%1). Оннугар кини бүтэһик үчүгэй куоппуйата арылынна; алдьаммыт билэ %2 быһыытынан хаалла.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>Хаартыска эбэтэр атын миэдьийэ буолбатах %n билэ импортаммата: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>%n билэ импортанна.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader туһунан</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">%1 тупсарыллыбыт барыла</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">%1 саҥа барыла</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">Билэлэри импортаа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">Паапканы импортаа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">Бөлөҕү арый</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader бөлөхтөрө (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">Бөлөҕү атын аатынан бигэргэт</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>%n ячейка уларыйда.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">Бөлөх уопсай суолталарын уларытыы</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n билэни сотуу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>Бөлөхтөн %n билэни сотоҕун дуо?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>Кинилэртэн %n киллэриллибит: бөлөх кинилэр сирэйдэрин көрдөрүө суоҕа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>Кинилэртэн %n билэҕэ эн биэрбит баһыҥ, быһаарыыҥ эбэтэр атын суолталарыҥ бааллар.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">Дискэ сытар билэлэр таарыллыбаттар, оттон «Төннөр» кинилэри төннөрөр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">Сот</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">%1 колонкалара</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>%n устуруока.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">%1 быһыытынан ааҕылынна, колонкалар «%2» бэлиэнэн араарыллаллар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">Хас биирдии колонка туох буоларын тал; «туттуллубат» диэн хаалбыт колонка ааҕыллыбат.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">туттуллубат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">билэ (аата эбэтэр суола)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">халыып эбии параметра «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">бэрээдэгинэн: бастакы устуруока — бастакы билэ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">Устуруокалары билэлэргэ маннык сөп түбэһиннэр:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">Билэлэри толор</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Билэ онно суох буолбут. Төннөр эбэтэр бөлөхтөн сот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">Билэ ааҕыллыбат ({reason}). Атын сиргэ арыллыбатаҕын уонна ааҕар бырааптааххын тургут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">Билэ кураанах (0 баайт). Камераттан эбэтэр ылыллыбыт сириттэн хат куоппуйалаа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">Бу Биики ыскылаата ылынар билэтин көрүҥэ буолбатах (иһинээҕитэ биһиги билэр ойуу, тыас, видео эбэтэр докумуон буолбатах).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">Билэ быһыллыбыт быһыылаах: ойуу бүтэһик өттө суох. Кыаллар буоллаҕына, ылыллыбыт сириттэн хат куоппуйалаа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">Билэ алдьаммыт, ойуу быһыытынан арыллыбат ({reason}). Ылыллыбыт сириттэн хат куоппуйалаа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">Ойуу бэйэтин {width} × {height} пииксэл диэн этэр, ол {limit} пииксэлтэн элбэх: бу «декомпрессия бомбата» буолуон сөп. Арыллыбата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">Билэ аата .{extension} диэн бүтэр, ол эрээри билэ дьиҥэр {detected}. .{detected} быһыытынан киллэриллиэ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">Бу билэ камера дааннайдара (EXIF) ааҕыллыбаттар ({reason}); күнэ-ыйа уонна сирэ илиинэн суруллуохтаахтар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">Камера дааннайдарын {tag} хонуутугар сатаммат суолта баар ({value}); ахсааҥҥа ылыллыбата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">Билэ аатыгар көстүбэт салайар эбэтэр тиэкис хайысхатын бэлиэлэрэ бааллар; кинилэр баһыгар киирбэттэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">Билэ хаартыска хаһан түһэриллибитин буолбакка, хаһан бүтэһигин уларыйбытын эрэ этэр ({modified}). Күнүн-ыйын суруй, эбэтэр кураанах хааллар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">Билэ баһа суох. Ойууга туох көстөрүн этэр баһы биэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">Баһа {bytes} баайт уһуннаах; Биики ыскылаата {limit} көҥүллүүр. Кылгат (латыын буолбатах буукубалар хас биирдиилэрэ 2-4 баайт ылаллар).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">Баһа наһаа кылгас ({length} бэлиэ; саатар {minimum}). Ойууга туох көстөрүн эт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">Баһыгар билэ аатыгар сатаммат бэлиэлэр бааллар: {chars}. Сот эбэтэр солбуй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">Баһыгар көстүбэт бэлиэлэр бааллар ({chars}). Баһын саҥаттан суруй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">«{title}» камера биэрэр аатыгар маарыҥныыр; Биики ыскылаата маннык ааттары ылыммат. Ойууга туох көстөрүн этэр баһы биэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">Баһа Unicode нуормальнай формаҕа суох; нуормаланыа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">Баһа .{extension} диэн бүтэр, оттон билэ .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">Бу бөлөх атын билэтэ эмиэ маннык бастаах ({other}). Бастары атын-атын гын, холобур, баһын тутулугар {{n}} эбэн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">Баһын тутулугар {{{field}}} туттуллубут, оттон маннык хонуу биллибэт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">«{pattern}» баһын тутулун туттар сатаммат: {{ }} скобкаларын уонна хонуулар ааттарын тургут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">Бу билэ бу бөлөххө баар {other} билэни кытта биир (иһинээҕитэ тэҥ). Биирдэрин сот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">Биики бу баһы көҥүллээбэт ({reason}). Ордук сиһилии быһаарар баһы тал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">Маннык бастаах атын билэ биикигэ хайыы-үйэ баар: {url}. Атын баһы тал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">Лиссиэнсийэ талыллыбатах. Ааптар биэрбит лиссиэнсийэтин тал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">«{license}» лиссиэнсийэни бу бырагыраамма билбэт. Тиһиктэн биирин тал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} лиссиэнсийэ бэйэҥ айымньыгар эрэ аналлаах, оттон ылыллыбыт сир атын киһини ааттыыр. Ылыллыбыт сир биэрбит лиссиэнсийэтин тал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">Ааптар ыйыллыбатах. Хаартыскаҕа түһэрээччи эбэтэр айааччы аатын суруй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">Хантан ылыллыбыта ыйыллыбатах. Билэ хантан кэлбитин эт (мусуой, кинигэ, ситим-сир аадырыһа).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">Быһаарыыта суох. Саатар биир тылынан эп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">«{language}» — Биики ыскылаата билэр тылын куода буолбатах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">«{language}» тыл куода буолар кыаҕа суох. en, tr эбэтэр ar курдук куоду туһан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">«{value}» күнэ-ыйа буолбатах. YYYY-MM-DD, YYYY-MM эбэтэр YYYY курдук суруй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} күнэ-ыйа кэлэр кэмҥэ турар. Камера чаһытын тургут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">Билэ категорията суох. Дьон булалларын курдук, саатар биири эп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">«{category}» категория аата буолар кыаҕа суох.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">«{value}» Бикидаата элэмиэнин идентификатора буолбатах (Q42 курдук).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}, {longitude} координаталар Сир каартатыгар суохтар. Кэтирээһини (−90…90) уонна усталааһыны (−180…180) тургут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">«{template}» соҕотох, толору халыып буолбатах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">«{value}» структууралаах дааннайдарга {field} хонууга туттуллар кыаҕа суох. Хонуу көрдүүрүнэн Бикидаата элэмиэнин идентификаторын (Q42 курдук), https:// диэн саҕаланар ситим-сир аадырыһын эбэтэр бэлиэ-ааты суруй.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} инвентарнай нүөмэр структууралаах дааннайдарга хомуурунньугун кытта эрэ суруллар. Хомуурунньук Бикидаата элэмиэнин эп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} тылынан ойуу суруга {length} бэлиэ уһуннаах; Биики ыскылаата {limit} көҥүллүүр. Кылгат: быһаарыыга элбэҕи суруйуоххун сөп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">Үүт-үкчү бу билэ биикигэ {title} баһынан хайыы-үйэ баар: {url}. Хат киллэриллиэ суоҕа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">Биики .{extension} билэлэри ылыммат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">Билэ {size} баайт; биики саамай элбэҕэ {limit} ылынар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">Билэ импортаммытын кэннэ дискэ уларыйбыт. Хат импортаа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">Билэ импортаммытын кэннэ дискэ уларыйбыт ({changed}). Кини туһунан сибидиэнньэлэр хат ааҕылыннылар, саҥа билэ ыытыллыа; баһа уонна быһаарыыта өссө да сөп түбэһэллэрин тургут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">«{value}» — биикигэ баар билэ аата буолбатах. Солбуллуохтаах билэни File:Name.jpg курдук суруй, эбэтэр саҥа билэни киллэрэргэ хонууну ыраастаа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">Биикигэ солбуллуохтаах {title} билэ суох. Аатын тургут, эбэтэр саҥа билэни киллэрэргэ «Саҥа барыла» хонууну ыраастаа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">Саҥа барыл билэ көрүҥүн уларыппат: {title} — .{expected}, оттон бу билэ — .{extension}. Оннугар саҥа билэ быһыытынан киллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">Бу билэ {title} саҥа барылын курдук бэлиэтэммит. Ол билэни солбуйарга киллэриини --new-versions параметрдаах саҕалаа, эбэтэр бэлиэни сот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">«{value}» — кистээһин барыла буолбатах. «location» (сири сот) эбэтэр «camera» (камера бары дааннайдарын сот) суруй, эбэтэр кураанах хааллар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">.{kind} билэттэн сирин эбэтэр камера дааннайдарын пииксэллэрин уларыппакка сотор кыах суох ({detail}). Атын бырагыраамманан сот, эбэтэр кистээһин барылын ыраастаа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} билэни пииксэллэрин уларыппакка эргитэр кыах суох: JPEG хаартыскалар эрэ ориентация бэлиэтинэн эргитиллэллэр. Хаартыска эрэдээктэригэр эргит уонна хат импортаа, эбэтэр эргитиини сот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">Хаартысканы эргитэр табыллыбата: {reason}. Камераттан эбэтэр эрэдээктэртэн хат экспортаа, эбэтэр эргитиини сот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">Билэ камера дааннайдара сытар сиригэр алдьаммыт ({detail}), онон ыраастаммыт куоппуйаны оҥорор табыллыбата. Камераттан эбэтэр эрэдээктэртэн хат экспортаа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">Биикигэ «{category}» категория суох. «{suggestion}» диэххин баҕарбытыҥ дуо?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">Биикигэ «{category}» категория суох. Сөпкө суруллубутун тургут, баар категорияны тал, эбэтэр бастаан бу категорияны оҥор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">«{category}» категория «{target}» диэн көһөрүллүбүт. Оннугар «{target}» туһан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} Бикидаата элэмиэнэ буоларын бигэргэтэр табыллыбата (көстүбэтэ, эбэтэр Бикидаатаҕа холбонор табыллыбата уонна көрдөөһүн кэшигэр суох). Q-id тургут.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">Билэ суох.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">Билэ ааҕыллыбат ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">Бөлөх билэтэ алдьаммыт эбэтэр бырагыраамма ааҕар кыаҕа суох гына илиинэн уларытыллыбыт ({reason}). Кини бүтэһик үчүгэй куоппуйатын арый (аттыгар сытар, ол аат .bak диэн бүтэр), эбэтэр тиэкис эрэдээктэригэр илиинэн уларытыыгын төннөр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">Бөлөх билэтигэр бырагырааманы саҕалыыр кыахтаах ыйынньык баар ({reason}), онон ааҕыллыбата. Ону эн укпатах буоллаххына, бүтэһик үчүгэй куоппуйаны туһан (ол аат .bak диэн бүтэр).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Бөлөх билэтигэр бу бырагыраамма аахпат кылгас суруйуута (&amp; уонна * бэлиэлэр) туттуллубут. Хас биирдии суолтаны тиэкис эрэдээктэригэр толору суруй, эбэтэр бүтэһик үчүгэй куоппуйаны (.bak) туһан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Бөлөх билэтигэр бу бырагыраамма аахпат кылгас холбооһун (&lt;&lt;) туттуллубут. Хас биирдии суолтаны тиэкис эрэдээктэригэр толору суруй, эбэтэр бүтэһик үчүгэй куоппуйаны (.bak) туһан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">Билэ бөлөх буоларыгар наһаа улахан ({size} баайт).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">Манна биир суолта {size} баайт уһуннаах; бөлөх биир да хонуута {limit} баайттан уһун буолбат. Ону тиэкис эрэдээктэригэр сот, эбэтэр куоппуйаны сөргүт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">Бу {expected} билэ буолбатах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">Билэ {format} формааттаах; бырагыраамма бу барыла {supported} формааты ааҕар. Бырагырааманы саҥарт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">«{field}» хонуу {expected} буолуохтаах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">Электрон табылыысса ааҕыллыбат ({reason}). Табылыысса бырагырааматыгар арыйан, CSV, XLSX эбэтэр ODS быһыытынан хат бигэргэт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">Электрон табылыыссаҕа баһылык устуруока суох. Бастакы устуруоката колонкалары ааттыахтаах (холобур, «инвентарнай нүөмэр», «баһа»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">Биики саҥа билэ сирэйин нүөмэрин өссө биэрэ илик, онон кини ойуу суруктарын уонна этиилэрин билигин суруйар табыллыбата.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">Биикигэ атын билэ хайыы-үйэ маннык бастаах. Атын баһы тал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">Биики бу баһы көҥүллээбэт. Ордук сиһилии быһаарар баһы тал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">Баһыгар биикигэ билэ аатыгар сатаммат бэлиэлэр бааллар. Баһын уларыт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">Баһа биикигэ наһаа кылгас. Ордук уһун, быһаарар баһы биэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">Баһа биикигэ наһаа уһун. Кылгат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">Баһыгар биики бу билэҕэ ылынар билэ кэҥэтиитэ суох. Билэ көрүҥүн тургут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">Биики маннык көрүҥнээх билэни ылыммат.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">Биики маннык көрүҥнээх билэни сөбүлээбэт. Ордук сөбүлэнэр формаакка көһөр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">Биики билэ иһинээҕитэ көрүҥүгэр сөп түбэспэтин эбэтэр алдьаммытын булла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">Билэ биики ылынарыттан улахан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">Билэ кураанах. Толору куоппуйаламмытын тургут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Билэ импортаммыт сиригэр суох буолбут. Төннөр, эбэтэр бөлөхтөн сот.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">Үүт-үкчү бу билэ биикигэ хайыы-үйэ баар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">Маннык бастаах билэ урут биикиттэн сотуллубут. Хат киллэриэҥ иннинэ тоҕо сотуллубутун көр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">Үүт-үкчү бу билэ урут киллэриллибит уонна сотуллубут. Хат киллэриэҥ иннинэ тоҕо сотуллубутун көр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">Баһа камера билэтин аатын курдук саҕаланар. Быһаарар баһы биэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">Биики баһы уларытта, тоҕо диэтэр онно билэ аатыгар сатаммат бэлиэлэр баар этилэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">Билэ атын билэ ойуучаанын курдук. Толору кээмэйдээх төрүт билэни киллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">Баһа ойуучаан аатыгар маарыҥныыр (кээмэйинэн саҕаланар). Баһын уларыт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">Бу биикигэ киллэрии араарыллыбыт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">Биики билэни тоҕотун эппэккэ ылыммата. Кэлин хатылаан көр, эбэтэр төрүөтүн көрөргө илиинэн киллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Биики бытаарарга көрдөстө (түргэнин хааччаҕа), билэни хас да төгүл ыыта сатаатыбыт. Салгыырга кэлин хат киллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Биики сиэрбэрдэрэ наһаа үлэлээх этилэр, билэни хас да төгүл ыыта сатаатыбыт. Салгыырга кэлин хат киллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">Биики техническэй үлэ иһин ааҕарга эрэ турар. Салгыырга кэлин хат киллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">Биики билэ кырбастарын (чаастарын) кыайан хаалларбата. Салгыырга хат киллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">Киирии сиэссийэтэ бүттэ, болдьоҕор кыайан саҥардыллыбата. Салгыырга хат киллэр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">Биикигэ холбонор табыллыбата. Холбонууну тургут; киллэриини салгыахха сөп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">Киирэ иликкин, эбэтэр сиэссийэ болдьоҕо ааста. Хат киир.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">Биики бырагыраамма билбэт алҕаһынан хоруйдаата ({code}). Кэлин хат киллэр; алҕас хаалар буоллаҕына, сиһилии көрөргө бу билэни илиинэн киллэр.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation type="unfinished">Мусуой объега</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation type="unfinished">Сирэй мусуойга аналлаах халыыбын хонуулара. Худуоһунньук эбэтэр тэрилтэ тиэкис, {{Creator:William Blake}} курдук халыып эбэтэр Бикидаата Q-id буолуон сөп.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(талыллыбыт билэлэргэ атын-атын)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — бөлөх уопсай суолталарыттан</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">Мусуой табылыыссатыттан толор</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">Электрон табылыыссалар (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">Толоруу: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">%1 устуруока</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">%1 устуруока, %2 колонка: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … уонна өссө %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">Электрон табылыыссаҕа көннөрүллүөхтээх ячейкалар:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">Туох да сүппэтэ: билэтэ суох устуруокалар табылыыссаҕа хаалаллар, оттон устуруоката суох билэлэр баар суолталарын тутталлар. «Төннөр» толорууну барытын төннөрөр.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — бөлөх уопсай суолталарыттан</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">Биики ыскылаата (Wikimedia Commons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Бета Биики ыскылаата (тургутарга)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">Олохтоох тургутар биики (бу көмпүүтэргэ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">Туруоруулар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">Саҥа бөлөх ыытыллар биикитэ: биирин тал, эбэтэр ханнык баҕарар MediaWiki api.php аадырыһын суруй. Арыллыбыт бөлөх биикитэ сүрүн панельга талыллар.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">холобур, [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Бөлөх аайы талыллар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> пкс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">Саҥа бөлөхтөрү киллэрэр биики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">Бырагыраамма тыла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">Уопсай ааптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">Уопсай лиссиэнсийэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">Ойуучаан кээмэйэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">Биики, оруобат аһарыга, ааптар уонна лиссиэнсийэ — хардыы-хардыы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">Бастакы саҕалааһын көмөлөһөөччүтэ: оруобат аһарыгын тургутуон сөп</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation type="unfinished">Биики-тиэкис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation type="unfinished">Структууралаах дааннайдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">Сирэй хайдах көстөрө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">Киллэрии кэнниттэн билэҕэ суруллар ойуу суруктара уонна этиилэр (ойууга көстөр, лиссиэнсийэ, күнэ-ыйа, ханната…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON быһыытынан көрдөр (биикигэ ыытыллар)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">Биики хайдах көрдөрөрүнэн көрдөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">Биикиттэн сирэйи көрдөрөрүгэр көрдөһөр; онно туох да бигэргэтиллибэт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">Ыытыллыах сирэйи көрөргө билэни тал.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">Биир билэни тал, онтон биикиттэн кини сирэйин көрдөрөрүгэр көрдөс.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">Ойуу суруга (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">Ойууга көстөр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">Айааччы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Лиссиэнсийэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">Ааптар быраабын туруга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">Билэ хантан ылыллыбыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Күнэ-ыйа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">Хаартыска түһэриллибит сирэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">Ойууламмыт сир</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">Уус-уран айымньыны хатылыыр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation type="unfinished">Хомуурунньук</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation type="unfinished">Инвентарнай нүөмэр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation type="unfinished">Ааптар аата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Викимедиа бэлиэ-аата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">Ситим-сир аадырыһа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">Сиһилии суруллубут сирэ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">Биикиттэн ыйытыы…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation type="unfinished">Билэ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished">Хонуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished">Моһол</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(batch)</source>
        <translation type="unfinished">(бөлөх)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Accept warning</source>
        <translation type="unfinished">Сэрэтиини ылын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">Син биир киллэр: талыллыбыт сэрэтии бу билэҕэ хат көрдөрүллүө суоҕа</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">Моһол суох.</translation>
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
            <numerusform>Киллэриэх иннинэ көннөрүллүөхтээх %n алҕас</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n сэрэтии</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation type="unfinished">Сө&amp;п</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Бигэргэт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Салҕаама</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">С&amp;ап</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">Төн&amp;нөр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Хатылаа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Кы&amp;рый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Куоппуйалаа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Ук</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">Сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Барытын тал</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">Сиһилии көрдөр...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Сиһилиини кистээ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation type="unfinished">Сөп</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">Бигэргэт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">Арый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Сөп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">С&amp;уох</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">Сап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Салҕаама</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">Бырах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Көмө</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">Тутун</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">Уларытыыны төннөр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">Хатылаан көр</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Куоппуйалаа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">&amp;Сигэ аадырыһын куоппуйалаа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Барытын тал</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Төнүн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Салгыы &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Бүтэр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Көмө</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation type="unfinished">Бул уонна солбуй</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">Колонкаҕа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">Бул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">Маннык солбуй</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">Барытын солбуй</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">&amp;Бүтүн сценаны тал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">Талыллыбыт хаартысканы кытта бииргэ түһэриллибит, икки ардыларыгар 20 мүнүүтэлээх тохтобул эбэтэр 300 м хаамыы суох хаартыскалары тал (баттам: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">Бастаан сцена биир хаартыскатын тал.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>Бу сцена %n хаартыската талылынна: билигин эрэдээктэргэ суруйбутуҥ барыларыгар сыһыаннаах буолар.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">&amp;Майгынныыр хаартыскалары мунньуй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">Хас биирдии тохтоло суох түһэриллибит серияны эбэтэр олус майгынныыр хаартыскалары ахсааннаах биир хаартыска курдук көрдөр; онно Space кинилэри тэҥниир</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">Хас биирдии мунньуктан саамай &amp;үчүгэйин хааллар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">Хас биирдии мунньукка саамай элбэх сулустаах хаартысканы (эбэтэр талан ылыллыбыты, эбэтэр бастакыны) талан ыл, атыттарын быраҕ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">Салҕаама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">Майгынныыр хаартыскалар көрдөнөллөр: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>Майгынныыр хаартыскалартан %n мунньук оҥоһулунна.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">Майгынныыр хаартыскалары булар табыллыбата: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">Талыллыбыт хаартыска майгынныыр хаартыскалар биир да мунньуктарыгар киирбэт. Кинилэри буларга «Уларытыы ▸ Майгынныыр хаартыскалары мунньуй» холбоо.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation type="unfinished">билэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation type="unfinished">билэ аата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation type="unfinished">былааннаммыт баһа</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation type="unfinished">Худуоһунньук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Ааптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">Баһа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Быһаарыыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Күнэ-ыйа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">Матырыйаала уонна ньымата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished">Кээмэйдэрэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Тэрилтэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">Салаа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation type="unfinished">Инвентарнай нүөмэр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation type="unfinished">Мусуойга хайдах киирбитэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Хантан ылыллыбыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation type="unfinished">Көҥүл</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation type="unfinished">Атын барыллар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">Ойууламмыт дьон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">Ойууламмыт сир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">Айыллыбыт сирэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">Булуллубут сирэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">Объект устуоруйата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">Быыстапкалар устуоруйата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">Объект суруктара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Бэлиэтээһиннэр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">Литература</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Бикидаата элэмиэнэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">Хаартыскаҕа түһэрээччи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">Уус-уран айымньы лиссиэнсийэтэ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">Хаартыска быһаарыыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">Хаартыска түһэриллибит күнэ-ыйа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">Хаартыска лиссиэнсийэтэ</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>%n майгынныыр</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Киллэрии: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">Киир…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">Киллэриини саҕалаа</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">Салҕаа</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">Тохтото түс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">Билигин ыытыллан эрэр билэ кэнниттэн тохтоо; улахан билэ билиҥҥи чааһын кэнниттэн тохтуур уонна онтон салгыыр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">Билигин ыытыллан эрэр билэ кэнниттэн тохтоо уонна сап; киллэриллибит билэлэр суруллан хаалаллар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">Сатамматаҕы хат ыыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">Отчуоту бигэргэт (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">Галерея биики-тиэкиһин куоппуйалаа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">Билэ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">Туруга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">Билэ сирэйэ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">Ыытыах иннинэ билэлэр көрүллэллэр…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">%1 биикигэ киирэ иликкин.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">%1 биикигэ %2 аатынан киирдиҥ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">Сап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">Салҕаама</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">Киир уонна киллэр…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%m билэттэн %v</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">Киирии…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Киирии сатаммата: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">Билэлэр тургутулуннулар; билигин ыытыллаллар.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">%1 сөк. кэтэһии: бу бэлиэ-аат чааска хааччахтаммыт ахсааннаах билэни эрэ киллэриэн сөп (биики түргэнин хааччаҕа)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">Биики үлэлээх; %2 сөк. буолан баран %1 хат ыытыллыа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">Биики хоруйдаабата; %2 сөк. буолан баран %1 хат ыытыллыа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">%1 киллэриллэр</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">Билигин ыытыллан эрэр билэ кэнниттэн тохтуур…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">Чугаһынан %1 мүн. %2 сөк. хаалла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">%1 киллэрилиннэ, %2 биикигэ хайыы-үйэ баар, %3 сатаммата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">Тохтотуллубут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">Бу биикигэ структууралаах дааннайдар суохтар: ойуу суруктара уонна этиилэр суруллубатылар.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">Ыытыах иннинэ билэлэр көрүллэллэр (баалларын, импорт кэнниттэн уларыйбыттарын): %2 билэттэн %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">Киллэрии сурунаала алдьаммыт. Кини %1 быһыытынан хаалла, саҥа сурунаал саҕаланна. Туох да сүппэтэ: биикигэ баар билэлэр хэш-куодтарынан булуллаллар.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">Отчуоту бигэргэт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV билэлэр (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">Отчуот %1 быһыытынан бигэргэтилиннэ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">Галерея биики-тиэкиһэ буферга куоппуйаланна.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">Бу билэ көстүбэт: бырагыраамма ааҕар ойуута буолбатах, эбэтэр алдьаммыт. Моһоллор тиһиктэригэр тургут.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation type="unfinished">кэтирээһин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation type="unfinished">усталааһын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">азимут °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">Каарта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">Бу сири браузергар OpenStreetMap-ка көрдөр</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">киллэрииттэн сотуллар</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">Бу тылы сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(талыллыбыт билэлэргэ атын-атын)</translation>
    </message>
</context>
</TS>
