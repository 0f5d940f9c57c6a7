<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation type="unfinished">Yeni toplular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation type="unfinished">Yükləmə jurnalı (nəyin vikiyə çatdığı, davam etmək üçün)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation type="unfinished">Miniatürlər və sorğu keşi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation type="unfinished">Foto və skanların strukturlaşdırılmış məlumatlarla birlikdə Vikianbara toplu şəkildə yüklənməsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished">Azad proqram təminatı, GNU GPL lisenziyası, versiya 3 və ya daha sonrakı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation type="unfinished">Fayllarınızın saxlandığı yer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation type="unfinished">Əsasında hazırlanıb:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation type="unfinished">Qəzadan sonra proqramı yenidən açın. Toplunuz iş zamanı saxlanılır, jurnal isə hansı faylların vikiyə çatdığını bilir; «Yüklə» heç bir faylı iki dəfə göndərmədən davam edir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation type="unfinished">Yoxlanılmış tərcümələr: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation type="unfinished">Hələ ana dili daşıyıcısı tərəfindən yoxlanılmayıb: %1. Düzəlişlər məmnuniyyətlə qəbul edilir (qaydası translations/README.md faylında yazılıb).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation type="unfinished">problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation type="unfinished">hazır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation type="unfinished">yüklənir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation type="unfinished">yükləndi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation type="unfinished">yükləndi, məlumatlar gözlənilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished">uğursuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation type="unfinished">dublikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation type="unfinished">rədd edildi</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%n xananı yapışdır</numerusform>
            <numerusform>%n xananı yapışdır</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation type="unfinished">Aşağı doldur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation type="unfinished">%1 sütununda əvəzetmə</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation type="unfinished">Miniatür</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation type="unfinished">Redaktə: %1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation type="unfinished">&amp;İşarələdikdən sonra növbəti fotoya keç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation type="unfinished">P, X, U və ya ulduz sayından sonra növbəti foto göstərilir</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation type="unfinished">Yan-yana qarşılaşdırmaq üçün ikidən dördə qədər foto seçin.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation type="unfinished">Sola fırlatma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation type="unfinished">Sağa fırlatma</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation type="unfinished">
            <numerusform>Birini saxlayıb digər %n fotonu rədd etmə</numerusform>
            <numerusform>Birini saxlayıb digər %n fotonu rədd etmə</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation type="unfinished">%1 ulduz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation type="unfinished">Seçmə</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation type="unfinished">Rədd etmə</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation type="unfinished">İşarəni götürmə</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation type="unfinished">Sınaq vikisi işə salınır və nümunə şəkillər hazırlanır… (ilk dəfə bir dəqiqə çəkir)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation type="unfinished">Nümunə toplu bu kompüterdəki sınaq vikisinə yönəldilib.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation type="unfinished">&amp;Təsvir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation type="unfinished">&amp;Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation type="unfinished">İ&amp;zah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Müəllif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation type="unfinished">T&amp;arix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation type="unfinished">Mə&amp;nbə</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation type="unfinished">&amp;Lisenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation type="unfinished">Kat&amp;eqoriyalar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation type="unfinished">Təsvir olunanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation type="unfinished">M&amp;əkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation type="unfinished">Şabl&amp;onlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y</source>
        <translation type="unfinished">Mə&amp;xfilik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page template</source>
        <translation type="unfinished">Səhifə şablonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation type="unfinished">&amp;Yeni versiya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version s&amp;ummary</source>
        <translation type="unfinished">Ver&amp;siya xülasəsi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation type="unfinished">YYYY-MM-DD, YYYY-MM və ya YYYY. Boş qalarsa: fotonun çəkildiyi tarix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation type="unfinished">Öz işinizdirsə, boş qoyun; əks halda muzey, kitab və ya veb ünvanı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation type="unfinished">Kateqoriya adı, “Category:” olmadan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation type="unfinished">Vikiverilənlər elementi, məs. Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">məs. {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation type="unfinished">Metaməlumatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation type="unfinished">Hər fayl üçün lisenziya, müəllif və kateqoriyalar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation type="unfinished">Bu faylın daha yaxşı versiyasını yüklə…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation type="unfinished">Yalnız eyni şəklin kiçik təkmilləşdirmələri üçün: daha yüksək ayırdetmə, daha yaxşı rəng, daha az küy və ya düzgün fırlatma. Qalan hər şey yeni fayl kimi yüklənir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation type="unfinished">Təmizlənmiş nüsxə yüklənir; piksellərə və orijinal faylınıza heç vaxt toxunulmur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation type="unfinished">Vikidəki File:Name.jpg — yeni fayl üçün boş qoyun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation type="unfinished">Vikianbar yeni versiyaya yalnız eyni şəklin kiçik təkmilləşdirmələri üçün icazə verir: daha yüksək ayırdetmə, daha yaxşı rəng, daha az küy və ya düzgün fırlatma. Qalan hər şey (başqa foto, görünəni dəyişən kəsim) yeni fayl kimi yüklənir. Şübhə edirsinizsə, yeni fayl yükləyin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation type="unfinished">%1 kimi yükləndi. İndi onun səhifəsi vikidə redaktə olunur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation type="unfinished">Artıq vikidə %1 kimi mövcuddur: yenidən yüklənmir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation type="unfinished">Bu fayllar vikidədir. İndi onların səhifələri orada redaktə olunur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation type="unfinished">Fayldakı açar sözlər kateqoriya kimi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation type="unfinished">Hər biri vikidə istənilən kateqoriya kimi yoxlanılır; orada kateqoriya olmayanları silin.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation type="unfinished">Muzey sahəsi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation type="unfinished">Redaktə etmək üçün bir və ya bir neçə fayl seçin.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation type="unfinished">
            <numerusform>%n fayl seçilib: dəyişiklik hamısına tətbiq olunur.</numerusform>
            <numerusform>%n fayl seçilib: dəyişiklik hamısına tətbiq olunur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(seçilmiş fayllarda fərqlidir)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — toplunun standart dəyərlərindən</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation type="unfinished">Fayldan: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Fayl bu adla yüklənəcək: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation type="unfinished">Çəkilib: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation type="unfinished">Şəkildə nə göstərilir</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation type="unfinished">Faylı olduğu kimi göndər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation type="unfinished">Yüklənən nüsxədən məkanı (GPS) sil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation type="unfinished">Yüklənən nüsxədən bütün kamera məlumatlarını sil</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation type="unfinished">Yükləmə jurnalını yazmaq mümkün olmadı (%1). Heç nə itməyib: diskdə yer boşaldın və ya qovluğun icazələrini yoxlayın, sonra yenidən «Yüklə» düyməsini basın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation type="unfinished">Toplunu açmaq mümkün olmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation type="unfinished">Toplunu saxlamaq mümkün olmadı. Qovluğun mövcud olduğunu və diskdə yer olduğunu yoxlayın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation type="unfinished">Faylları idxal etmək mümkün olmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation type="unfinished">Toplunu yoxlamaq mümkün olmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation type="unfinished">Yükləmə dayandı.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation type="unfinished">başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished">təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation type="unfinished">izah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished">tarix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation type="unfinished">müəllif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation type="unfinished">mənbə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation type="unfinished">lisenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation type="unfinished">kateqoriyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation type="unfinished">təsvir olunanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation type="unfinished">məkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation type="unfinished">şablonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished">fayl</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation type="unfinished">Daxil olunur…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation type="unfinished">%1 kimi daxil olundu. Yükləmələr bu hesabla ediləcək.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Daxil olmaq alınmadı: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation type="unfinished">Alətlər əsas parolunuzla deyil, &lt;b&gt;bot parolu&lt;/b&gt; ilə daxil olur: o, yalnız sizin icazə verdiyiniz işləri görə bilər və onu istənilən vaxt ləğv edə bilərsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">Vikidə &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; səhifəsini açın, redaktə etmək, səhifə yaratmaq və fayl yükləmək hüquqları ilə &lt;i&gt;glamuploader&lt;/i&gt; adlı bot parolu yaradın, sonra burada &lt;i&gt;Adınız@glamuploader&lt;/i&gt; adını və vikinin sizə göstərdiyi parolu daxil edin. &lt;a href=&quot;%2&quot;&gt;Bot parolları necə işləyir&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation type="unfinished">Yeni toplular bura yüklənəcək: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation type="unfinished">Müəllif: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished">Lisenziya: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation type="unfinished">Bütün bunları Redaktə ▸ Nizamlamalar bölməsində dəyişmək olar, bu köməkçi isə Kömək menyusundadır. Bələdçi (Kömək ▸ Bələdçi, F1) adi iş qaydasını addım-addım göstərir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">Xoş gəlmisiniz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation type="unfinished">Hansı viki?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation type="unfinished">Bot parolunuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation type="unfinished">Müəllif və lisenziya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation type="unfinished">Hazırdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation type="unfinished">Bir neçə sual, yalnız bir dəfə. Hər birini «Növbəti» düyməsi ilə keçmək olar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation type="unfinished">Yeni topluların yüklənəcəyi yer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation type="unfinished">Yükləmə soruşmadan başlaya bilsin deyə. Bu addımı keçib yükləyərkən daxil ola bilərsiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation type="unfinished">Yeni toplular bu dəyərlərlə başlayır; hər faylın yenə də öz dəyəri ola bilər.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation type="unfinished">Başlaya bilərsiniz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation type="unfinished">GLAM Uploader foto və skanları Vikianbara yükləyir: bir dəfəyə çoxlu fayl, təsvirləri, kateqoriyaları və strukturlaşdırılmış məlumatları ilə birlikdə. Nəsə göndərilməzdən əvvəl bütün problemləri göstərir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation type="unfinished">Proqramın &amp;dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation type="unfinished">Əsl Vikianbar: yüklədiyiniz hər şey dərhal hamıya açıq olur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation type="unfinished">Vikianbarın sınaq nüsxəsi, nəyisə yoxlamaq üçün; vaxtaşırı təmizlənir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation type="unfinished">Bu kompüterdəki viki, proqramı hesabsız sınamaq üçün (PHP və MediaViki quraşdırılmalıdır).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">Adınız@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">məs. [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;İstifadəçi adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation type="unfinished">&amp;Parol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation type="unfinished">Parolu &amp;sistemin parol anbarında saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation type="unfinished">Daxil olmanı &amp;yoxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation type="unfinished">Sınaq vikisinin &amp;test hesabından istifadə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation type="unfinished">Müəllif — adınızın necə göstərilməsini istədiyinizdir, məs. [[User:Name|Name]]. Lisenziya öz fotolarınıza aiddir; muzey skanları üçün onu hər fayl üçün ayrıca seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation type="unfinished">&amp;Müəllif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished">&amp;Lisenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Hər toplu üçün ayrıca seçin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation type="unfinished">Keç</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation type="unfinished">Cədvəl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation type="unfinished">Faylları elektron cədvəldəki kimi, hər sahə üçün bir sütunla cədvəl şəklində göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation type="unfinished">Fotoları və ya qovluqları bura atın, yaxud «Qovluq idxal et» əmrindən istifadə edin.

Sonra təsvir etmək üçün faylları seçin; aşağıdakı «Problemlər» paneli yükləmədən əvvəl daha nəyin lazım olduğunu göstərir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation type="unfinished">Filtrə uyğun fayl yoxdur. Bütün faylları görmək üçün filtri təmizləyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation type="unfinished">Başlığa, fayl adına, təsvirə və ya kateqoriyaya görə filtrlə</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation type="unfinished">Bütün fayllar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation type="unfinished">Seçilənlər</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation type="unfinished">Rədd edilməyənlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation type="unfinished">Hələ işarələnməyənlər</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation type="unfinished">Ən azı bir ulduzlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation type="unfinished">Ən azı üç ulduzlu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation type="unfinished">Fayl adına görə sırala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation type="unfinished">Çəkilmə tarixinə görə sırala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation type="unfinished">Başlığa görə sırala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation type="unfinished">Seçimlərə və ulduzlara görə sırala</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation type="unfinished">Adi iş qaydası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation type="unfinished">Fotolar olan qovluğu pəncərəyə atın və ya Fayl ▸ Qovluq idxal et əmrindən istifadə edin. Bütün yeni fayllar seçilmiş olur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation type="unfinished">Çoxlu fayl seçiləndə yazdığınız hamısına tətbiq olunur: lisenziyanı seçin, müəllifi və kateqoriyanı yazın (Enter onu əlavə edir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation type="unfinished">Çoxlu fayl üçün bir başlıq yazın, onlar nömrələnəcək: «Bakı gəzintisi 01», «Bakı gəzintisi 02»… Lazım olan yerdə fayla öz təsvirini və izahını verin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation type="unfinished">«Problemlər» panelinə baxın. Xətalar (qırmızı) düzəldilməlidir; xəbərdarlıqları qəbul etmək olar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation type="unfinished">«Yüklə» düyməsini basın (%1), bot parolunuzla daxil olun və faylların yüklənməsini izləyin. Hər yüklənmiş fayl vikidəki öz səhifəsinə keçid verir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation type="unfinished">Sessiya dəstləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation type="unfinished">Sessiya dəsti tədbirin standart dəyərlərini saxlayır: lisenziya, müəllif, kateqoriyalar, təsvir olunanlar, başlıq qəlibi və təklif ediləcək dillər. Təşkilatçı onu Fayl ▸ Standart dəyərləri dəst kimi saxla əmri ilə saxlayıb könüllülərə verir, onlar da idxaldan əvvəl onu Fayl ▸ Sessiya dəstini aç əmri ilə açırlar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation type="unfinished">Fayl ▸ Toplunun standart dəyərləri toplunun hər faylının hansı dəyərlərlə başladığını göstərir; faylın öz dəyəri həmişə üstündür.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation type="unfinished">Problemlər cədvəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation type="unfinished">Yükləmənin alınmamasına və ya Vikianbarda yoxlayıcının etirazına səbəb ola biləcək hər şey nəsə göndərilməzdən əvvəl sadalanır: çatışmayan lisenziya və ya müəllif, vikinin qəbul etmədiyi və ya artıq tutulmuş başlıqlar, mövcud olmayan kateqoriyalar, artıq vikidə olan fayllar, zədələnmiş şəkillər.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation type="unfinished">Bir neçə faylda olan eyni problem bir sətirdə göstərilir; həmin faylları görmək üçün sətri açın. Düzəldiləcək fayla və sahəyə keçmək üçün sətrə iki dəfə klikləyin. Xətalar qaldıqca «Yüklə» düyməsi aktiv olmur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation type="unfinished">Ən yaxşı fotoların seçilməsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation type="unfinished">Boşluq düyməsi seçilmiş fotonu bütün pəncərəni dolduracaq şəkildə göstərir; ox düymələri irəli və geri keçir, Esc geri qaytarır. Z fotonu göstəricinin olduğu yerdə 100% miqyasda göstərir; ətrafa baxmaq üçün onu sürüşdürün və ya Shift-i basılı saxlayıb ox düymələrini basın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation type="unfinished">P seçir, X rədd edir (rədd edilmiş foto heç vaxt yoxlanılmır və yüklənmir), U işarəni götürür, 0-dan 5-ə qədər düymələr ulduz verir, sonra isə növbəti foto gəlir (Redaktə ▸ İşarələdikdən sonra növbəti fotoya keç). Miniatürlərin üstündəki siyahı yalnız seçilənləri, rədd edilməyənləri və ya ulduzlu fotoları göstərir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation type="unfinished">C seçilmiş iki-dörd fotonu yan-yana qarşılaşdırır; onlar birlikdə böyüdülür və sürüşdürülür. Ən yaxşısına klikləyin və K düyməsini basın: o seçilir, digərləri rədd edilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation type="unfinished">«Redaktə ▸ Oxşar fotoları yığınlara topla» əmri hər seriya çəkilişini və ya demək olar ki, eyni olan nüsxələri sayı ilə birlikdə bir foto kimi göstərir; onun üzərində Boşluq düyməsini basanda onlar qarşılaşdırılır. «Redaktə ▸ Hər yığının ən yaxşısını saxla» əmri hər yığında ən çox ulduzu olan fotonu seçir və qalanlarını rədd edir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation type="unfinished">[ və ] fotonu dörddə bir dövrə fırladır. Yalnız göndərilən nüsxə oriyentasiya teqi ilə fırladılır: faylınız dəyişmir və heç bir piksel yenidən sıxılmır (yalnız JPEG fotolar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation type="unfinished">S bütün səhnəni seçir: aralarında 20 dəqiqəlik fasilə və ya 300 m yol olmadan çəkilmiş fotoları. Bundan sonra yazdığınız hər şey hamısına tətbiq olunur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation type="unfinished">Muzey cədvəlləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation type="unfinished">Fayl ▸ Muzey cədvəlindən doldur əmri CSV, XLSX, ODS və Pattypan-ın .xls fayllarını oxuyur. Cədvəlin sütunları sahələrə uyğunlaşdırılır (uyğunluğu dəyişə bilərsiniz), hər sətir isə ada və ya inventar nömrəsinə görə bir fayla. Faylı olmayan sətirlər və sətri olmayan fayllar ayrıca göstərilir; heç nə itmir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation type="unfinished">Qəzadan və ya bağlantı kəsiləndən sonra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation type="unfinished">Toplunuz iş zamanı saxlanılır. Proqramı yenidən açın: toplu yenidən açılacaq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation type="unfinished">Yükləmə jurnalı hansı faylların vikiyə çatdığını bilir. «Yüklə» düyməsini yenidən basın, yükləmə qalan fayllarla davam edəcək; heç bir fayl iki dəfə göndərilmir. «Fasilə ver» hazırda yüklənən fayldan sonra dayandırır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation type="unfinished">Klavişlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation type="unfinished">%1: yükləmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation type="unfinished">%1 / %2: geri qaytar / təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation type="unfinished">%1: faylları idxal et; %2: qovluq idxal et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation type="unfinished">%1: bu bələdçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation type="unfinished">Miniatürlərdə və cədvəldə: P seç, X rədd et (heç vaxt yüklənmir), U işarəni götür, 0-dan 5-ə qədər ulduz ver; hər birindən sonra növbəti foto seçilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation type="unfinished">GLAM Uploader bələdçisi</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation type="unfinished">Toplunun standart dəyərləri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation type="unfinished">Bu dəyərlər öz dəyəri olmayan hər fayla tətbiq olunur. Onları digər könüllülərə vermək üçün sessiya dəsti kimi saxlayın.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">məs. [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation type="unfinished">Öz işinizdirsə, boş qoyun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation type="unfinished">Sahələr: {title} (başlıq), {date} (tarix), {n:03} (nömrə), {original} (fayl adı), {description:en} (ingiliscə təsvir) və dəstin öz sahələri, məsələn, {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation type="unfinished">Hər sətirdə bir kateqoriya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation type="unfinished">Hər sətirdə bir şablon, məs. {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation type="unfinished">“%1” kateqoriyasını əlavə et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation type="unfinished">Tədbirin və ya tərəfdaşlığın adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation type="unfinished">Lisenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Müəllif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Mənbə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation type="unfinished">Başlıq qəlibi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation type="unfinished">Təsvir şablonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation type="unfinished">Hər fayl üçün kateqoriyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation type="unfinished">Hər fayl üçün şablonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation type="unfinished">Hər fayl üçün məxfilik</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation type="unfinished">Sessiya dəstini aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation type="unfinished">Sessiya dəstləri (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation type="unfinished">Standart dəyərləri sessiya dəsti kimi saxla</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation type="unfinished">Dil əlavə et</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation type="unfinished">CC0 — heç bir hüquq qorunmur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation type="unfinished">CC BY 4.0 — müəllifin göstərilməsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation type="unfinished">CC BY-SA 4.0 — müəllifin göstərilməsi, eyni şərtlərlə paylaşma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation type="unfinished">CC BY-SA 3.0 — müəllifin göstərilməsi, eyni şərtlərlə paylaşma (köhnə versiya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation type="unfinished">CC BY 3.0 — müəllifin göstərilməsi (köhnə versiya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation type="unfinished">İctimai varidat — müəllif 70 ildən çox əvvəl vəfat edib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation type="unfinished">İctimai varidat — müəllif 100 ildən çox əvvəl vəfat edib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation type="unfinished">İctimai varidat — köhnə iki ölçülü sənət əsərinin fotosu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation type="unfinished">ABŞ-da ictimai varidat — müəllif hüququnun müddəti bitib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation type="unfinished">İctimai varidat — ABŞ federal hökumətinin əsəri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation type="unfinished">Hər kəs fayldan istənilən məqsədlə, hətta adınızı çəkmədən istifadə edə bilər. Yalnız öz işiniz üçün.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation type="unfinished">Hər kəs müəllifin adını göstərmək şərtilə fayldan istifadə edə və onu dəyişdirə bilər, o cümlədən kommersiya məqsədilə.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation type="unfinished">Hər kəs müəllifin adını göstərmək və dəyişdirilmiş versiyaları eyni lisenziya ilə paylaşmaq şərtilə fayldan istifadə edə və onu dəyişdirə bilər, o cümlədən kommersiya məqsədilə. Vikianbarda adi seçim budur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY-SA 4.0 kimi; yalnız mənbə faylı 3.0 versiyası ilə yayımlayıbsa, bunu seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation type="unfinished">CC BY 4.0 kimi; yalnız mənbə faylı 3.0 versiyası ilə yayımlayıbsa, bunu seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation type="unfinished">Müəllifi 70 ildən çox əvvəl vəfat etmiş əsərlər üçün. Müəllifi və əsərin tarixini göstərin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation type="unfinished">Müəllifi 100 ildən çox əvvəl vəfat etmiş əsərlər üçün; demək olar ki, bütün ölkələrdə təhlükəsizdir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation type="unfinished">Müəllifi 70 ildən çox əvvəl vəfat etmiş yastı sənət əsərlərinin (tablolar, rəsmlər, sənədlər) dəqiq fotoları və ya skanları üçün.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation type="unfinished">ABŞ-da o qədər əvvəl nəşr olunmuş əsərlər üçün ki, orada müəllif hüququnun müddəti artıq bitib.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation type="unfinished">ABŞ federal hökumətinin əməkdaşlarının xidməti vəzifələrini yerinə yetirərkən yaratdığı əsərlər üçün.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation type="unfinished">Seçilmişlərə əlavə et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">Sil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation type="unfinished">%1 — toplunun standart dəyəri, hər faylda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation type="unfinished">Fayl ▸ Toplunun standart dəyərləri bölməsində təyin edilib; toplunun hər faylı onu alır. Hər fotoya uyğun gəlmirsə, onu orada silin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation type="unfinished">%1 — %3 fayldan %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation type="unfinished">Bu, seçilmiş faylların yalnız bəzisində var. Hamısına vermək üçün onu yenidən əlavə edin.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation type="unfinished">İstifadəçi adınızı və bot parolunuzu daxil edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation type="unfinished">Vikidə belə hesab yoxdur. İstifadəçi adını yoxlayın (bot parolu üçün: Adınız@Sonluq).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation type="unfinished">Viki parolu qəbul etmədi. Special:BotPasswords səhifəsinin göstərdiyi parolu Adınız@Sonluq ilə birlikdə istifadə edin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished">Daxil olmaq üçün həddən artıq cəhd edildi. Bir neçə dəqiqə gözləyin və yenidən cəhd edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation type="unfinished">Vikiyə qoşulmaq mümkün olmadı. Bağlantınızı yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation type="unfinished">Viki daxil olmağa icazə vermədi.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation type="unfinished">%1 saytına daxil ol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation type="unfinished">&lt;b&gt;Bot parolu&lt;/b&gt; ilə daxil olun: vikidə Special:BotPasswords səhifəsini açın, bot parolu yaradın (məsələn, &lt;i&gt;glamuploader&lt;/i&gt; adı ilə, redaktə etmək, səhifə yaratmaq və fayl yükləmək hüquqları ilə) və burada &lt;i&gt;Adınız@glamuploader&lt;/i&gt; kimi daxil olun. &lt;a href=&quot;%1&quot;&gt;Bot parolları necə işləyir&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation type="unfinished">Adınız@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished">Parolu sistemin parol anbarında saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished">İstifadəçi adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">Parol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation type="unfinished">Sınaq vikisinin test hesabından istifadə et</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation type="unfinished">Daxil ol</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+190"/>
        <source>Upload to:</source>
        <translation type="unfinished">Yükləmə yeri:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation type="unfinished">Bu toplunun yüklənəcəyi viki. Dəyişikliyi geri qaytarmaq olar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Yükləmə yeri: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation type="unfinished">Redaktə: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation type="unfinished">&amp;Faylları idxal et…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import fo&amp;lder…</source>
        <translation type="unfinished">&amp;Qovluq idxal et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation type="unfinished">&amp;Muzey cədvəlindən doldur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation type="unfinished">Toplunu &amp;aç…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation type="unfinished">Toplunu başqa adla &amp;saxla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation type="unfinished">Sessiya dəs&amp;tini aç…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation type="unfinished">Standart dəyərləri dəst kimi saxla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation type="unfinished">Toplunun standart &amp;dəyərləri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from batch</source>
        <translation type="unfinished">Topludan &amp;çıxar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Upload…</source>
        <translation type="unfinished">&amp;Yüklə…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished">&amp;Nizamlamalar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">Çı&amp;xış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation type="unfinished">&amp;Yeni toplu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader &amp;haqqında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished">&amp;Bələdçi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation type="unfinished">İlk açılış &amp;köməkçisi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Geri qaytar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Redaktə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation type="unfinished">&amp;Viki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Kömək</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Əsas alətlər paneli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">İmtina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation type="unfinished">Problemlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished">Önizləmə</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Will be uploaded as: File:%1</source>
        <translation type="unfinished">Fayl bu adla yüklənəcək: File:%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation type="unfinished">%1, %2. Hədəf: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n fayl</numerusform>
            <numerusform>%n fayl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform>%n xəta</numerusform>
            <numerusform>%n xəta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation type="unfinished">Oflayn: təkliflər əvvəlki axtarışlardan götürülür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation type="unfinished">Vikiyə və ya Vikiverilənlərə qoşulmaq mümkün deyil. İndi seçdiyiniz kateqoriyalar və elementlər bağlantı bərpa olunanda yenidən yoxlanılacaq.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation type="unfinished">Onlayn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation type="unfinished">Yeni toplu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished">%1 (yalnız oxumaq üçün)</translation>
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
        <translation type="unfinished">%1 hazırda başqa proqram tərəfindən açılır. Bir azdan yenidən cəhd edin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another copy of GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader-in başqa nüsxəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation type="unfinished">glamuploader əmri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation type="unfinished">%1 hazırda %2 tərəfindən açıqdır (%5 kompüterində %4 istifadəçisinin %3 nömrəli prosesi, %6 vaxtından bəri). Onu eyni anda yalnız biri dəyişə bilər. Saxlamadan baxmaq üçün yalnız oxumaq rejimində açılsın?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation type="unfinished">Yalnız oxumaq üçün aç</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation type="unfinished">Toplu faylı zədələnmişdi (%1). Əvəzinə onun son sağlam nüsxəsi açıldı; zədələnmiş fayl %2 kimi saxlanılıb.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation type="unfinished">
            <numerusform>Foto və ya başqa mediafayl olmayan %n fayl əlavə edilmədi: %1</numerusform>
            <numerusform>Foto və ya başqa mediafayl olmayan %n fayl əlavə edilmədi: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform>%n fayl idxal edildi.</numerusform>
            <numerusform>%n fayl idxal edildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About GLAM Uploader</source>
        <translation type="unfinished">GLAM Uploader haqqında</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation type="unfinished">%1 — daha yaxşı versiya</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation type="unfinished">%1 — yeni versiya</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation type="unfinished">Faylları idxal et</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation type="unfinished">Qovluq idxal et</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation type="unfinished">Toplunu aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation type="unfinished">GLAM Uploader topluları (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation type="unfinished">Toplunu başqa adla saxla</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation type="unfinished">
            <numerusform>%n xana dəyişdirildi.</numerusform>
            <numerusform>%n xana dəyişdirildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation type="unfinished">Toplunun standart dəyərlərini dəyiş</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation type="unfinished">
            <numerusform>%n faylı çıxar</numerusform>
            <numerusform>%n faylı çıxar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation type="unfinished">
            <numerusform>%n fayl topludan çıxarılsın?</numerusform>
            <numerusform>%n fayl topludan çıxarılsın?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation type="unfinished">
            <numerusform>Onlardan %n ədədi artıq yüklənib: toplu daha onların səhifələrini göstərməyəcək.</numerusform>
            <numerusform>Onlardan %n ədədi artıq yüklənib: toplu daha onların səhifələrini göstərməyəcək.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation type="unfinished">
            <numerusform>Onlardan %n ədədinin sizin verdiyiniz başlıq, təsvir və ya digər dəyərləri var.</numerusform>
            <numerusform>Onlardan %n ədədinin sizin verdiyiniz başlıq, təsvir və ya digər dəyərləri var.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation type="unfinished">Diskdəki fayllara toxunulmur, «Geri qaytar» isə onları yerinə qaytarır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished">Çıxar</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation type="unfinished">%1 — sütunlar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform>%n sətir.</numerusform>
            <numerusform>%n sətir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished">%1 kodlaşdırması ilə oxundu, sütunlar “%2” ilə ayrılıb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation type="unfinished">Hər sütunun nə olduğunu seçin; “istifadə olunmur” kimi qalan sütun oxunmur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation type="unfinished">istifadə olunmur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation type="unfinished">fayl (adı və ya yolu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation type="unfinished">əlavə şablon parametri “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation type="unfinished">sıra ilə: birinci sətir birinci fayldır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation type="unfinished">Sətirləri fayllarla uyğunlaşdırma əsası</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation type="unfinished">Faylları doldur</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Fayl artıq yerində deyil. Onu geri qaytarın və ya topludan çıxarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished">Faylı oxumaq mümkün deyil ({reason}). Onun başqa yerdə açıq olmadığını və onu oxumağa icazənizin olduğunu yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation type="unfinished">Fayl boşdur (0 bayt). Onu kameradan və ya mənbədən yenidən köçürün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation type="unfinished">Bu, Vikianbarın qəbul etdiyi fayl növü deyil (onun məzmunu tanıdığımız şəkil, səs, video və ya sənəd deyil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation type="unfinished">Fayl yarımçıq görünür: şəklin sonu çatışmır. Mümkünsə, onu mənbədən yenidən köçürün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation type="unfinished">Fayl zədələnib və şəkil kimi açıla bilmir ({reason}). Onu mənbədən yenidən köçürün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation type="unfinished">Şəklin ölçüsü {width} × {height} piksel göstərilir, bu isə {limit} pikseldən çoxdur: bu, dekompressiya bombası ola bilər. Şəkil açılmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation type="unfinished">Fayl adı .{extension} ilə bitir, lakin fayl əslində {detected} formatındadır. O, .{detected} kimi yüklənəcək.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation type="unfinished">Bu fayldakı kamera məlumatlarını (EXIF) oxumaq mümkün deyil ({reason}); tarix və məkan əl ilə daxil edilməlidir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation type="unfinished">{tag} kamera məlumatı sahəsində mümkünsüz dəyər var ({value}); o, nəzərə alınmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation type="unfinished">Fayl adında görünməyən idarəetmə və ya mətn istiqaməti simvolları var; onlar başlığa daxil edilmir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation type="unfinished">Faylda yalnız onun sonuncu dəfə nə vaxt dəyişdirildiyi ({modified}) göstərilir, fotonun nə vaxt çəkildiyi yox. Tarixi göstərin və ya boş saxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation type="unfinished">Faylın başlığı yoxdur. Ona şəkildə nəyin göstərildiyini bildirən başlıq verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation type="unfinished">Başlığın uzunluğu {bytes} baytdır; Vikianbar {limit} bayta icazə verir. Onu qısaldın (latın əlifbasından kənar hərflərin hər biri 2-4 bayt tutur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation type="unfinished">Başlıq çox qısadır ({length} simvol; ən azı {minimum}). Şəkildə nəyin göstərildiyini yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation type="unfinished">Başlıqda fayl adında ola bilməyən simvollar var: {chars}. Onları silin və ya dəyişdirin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation type="unfinished">Başlıqda görünməyən simvollar var ({chars}). Başlığı yenidən yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation type="unfinished">“{title}” kameranın verdiyi ada bənzəyir; Vikianbar belə adları qəbul etmir. Şəkildə nəyin göstərildiyini bildirən başlıq verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation type="unfinished">Başlıq normal Unicode formasında deyil; o, normallaşdırılacaq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation type="unfinished">Başlıq .{extension} ilə bitir, lakin fayl .{expected} formatındadır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation type="unfinished">Bu toplunun başqa bir faylının da başlığı eynidir ({other}). Başlıqları fərqləndirin, məsələn, başlıq qəlibində {{n}} istifadə etməklə.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation type="unfinished">Başlıq qəlibində {{{field}}} istifadə olunur, bu isə məlum sahə deyil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation type="unfinished">“{pattern}” başlıq qəlibindən istifadə etmək mümkün deyil: onun {{ }} mötərizələrini və sahə adlarını yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation type="unfinished">Bu fayl bu topludakı {other} faylı ilə eynidir (məzmunu eynidir). Onlardan birini çıxarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation type="unfinished">Viki bu başlığa icazə vermir ({reason}). Daha mənalı başlıq seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation type="unfinished">Vikidə bu başlıqla başqa fayl artıq var: {url}. Başqa başlıq seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation type="unfinished">Lisenziya seçilməyib. Müəllifin verdiyi lisenziyanı seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation type="unfinished">“{license}” lisenziyası bu proqrama məlum deyil. Siyahıdan birini seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation type="unfinished">{license} lisenziyası yalnız öz işiniz üçündür, lakin mənbədə başqa şəxs göstərilib. Mənbənin verdiyi lisenziyanı seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation type="unfinished">Müəllif göstərilməyib. Fotoqrafın və ya yaradıcının adını yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation type="unfinished">Mənbə göstərilməyib. Faylın haradan götürüldüyünü yazın (muzey, kitab, veb ünvanı).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation type="unfinished">Təsvir yoxdur. Ən azı bir dildə təsvir əlavə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation type="unfinished">“{language}” Vikianbara məlum olan dil kodu deyil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation type="unfinished">“{language}” dil kodu ola bilməz. az, en və ya ar kimi kod istifadə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation type="unfinished">“{value}” tarix deyil. Onu YYYY-MM-DD, YYYY-MM və ya YYYY şəklində yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation type="unfinished">{value} tarixi gələcəkdədir. Kameranın saatını yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation type="unfinished">Faylın kateqoriyası yoxdur. İnsanlar onu tapa bilsin deyə ən azı bir kateqoriya əlavə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation type="unfinished">“{category}” kateqoriya adı ola bilməz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation type="unfinished">“{value}” Vikiverilənlər elementinin identifikatoru deyil (Q42 kimi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation type="unfinished">{latitude}, {longitude} məkanı Yer kürəsinin xəritəsində yoxdur. En dairəsini (−90…90) və uzunluq dairəsini (−180…180) yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation type="unfinished">“{template}” tək və tam şablon deyil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation type="unfinished">“{value}” strukturlaşdırılmış məlumatlarda {field} üçün istifadə edilə bilməz. Sahənin tələbinə uyğun olaraq Vikiverilənlər elementinin identifikatorunu (Q42 kimi), https:// ilə başlayan veb ünvanı və ya istifadəçi adı göstərin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation type="unfinished">{value} inventar nömrəsi strukturlaşdırılmış məlumatlara yalnız aid olduğu kolleksiya ilə birlikdə yazılır. Kolleksiyanın Vikiverilənlər elementini əlavə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation type="unfinished">{language} dilindəki izahın uzunluğu {length} simvoldur; Vikianbar {limit} simvola icazə verir. Onu qısaldın: təsvirdə daha çox yazmaq olar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation type="unfinished">Eyni bu fayl artıq vikidə {title} adı ilə mövcuddur: {url}. O, yenidən yüklənməyəcək.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation type="unfinished">Viki .{extension} fayllarını qəbul etmir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation type="unfinished">Faylın ölçüsü {size} baytdır; viki ən çox {limit} bayt qəbul edir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation type="unfinished">Fayl idxal edildikdən sonra diskdə dəyişib. Onu yenidən idxal edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation type="unfinished">Fayl idxal edildikdən sonra diskdə dəyişib ({changed}). Onun məlumatları yenidən oxundu və yeni fayl göndəriləcək; başlığın və təsvirin hələ də uyğun olduğunu yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation type="unfinished">“{value}” vikidəki faylın adı deyil. Əvəz ediləcək faylı File:Name.jpg şəklində göstərin və ya yeni fayl yükləmək üçün sahəni təmizləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation type="unfinished">Vikidə əvəz ediləcək {title} faylı yoxdur. Adı yoxlayın və ya yeni fayl yükləmək üçün “yeni versiya” sahəsini təmizləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation type="unfinished">Yeni versiya fayl növünü saxlayır: {title} .{expected} formatındadır, bu fayl isə .{extension}. Onu əvəzinə yeni fayl kimi yükləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation type="unfinished">Bu fayl {title} faylının yeni versiyası kimi işarələnib. Həmin faylı əvəz etmək üçün yükləməni --new-versions ilə işə salın və ya işarəni götürün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation type="unfinished">“{value}” məxfilik seçimi deyil. “location” (məkanı silmək) və ya “camera” (bütün kamera məlumatlarını silmək) yazın, yaxud boş saxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation type="unfinished">Məkanı və ya kamera məlumatlarını .{kind} faylından onun piksellərini dəyişmədən silmək mümkün deyil ({detail}). Onları başqa proqramla silin və ya məxfilik seçimini təmizləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation type="unfinished">.{kind} faylını piksellərini dəyişmədən fırlatmaq olmur: yalnız JPEG fotolar oriyentasiya teqi ilə fırladılır. Onu foto redaktorunda fırladıb yenidən idxal edin və ya fırlatmanı ləğv edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation type="unfinished">Fotonu fırlatmaq mümkün olmadı: {reason}. Onu kameradan və ya redaktordan yenidən ixrac edin, yaxud fırlatmanı ləğv edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation type="unfinished">Faylın kamera məlumatları saxlanılan hissəsi zədələnib ({detail}), buna görə təmizlənmiş nüsxə hazırlamaq mümkün olmadı. Onu kameradan və ya redaktordan yenidən ixrac edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation type="unfinished">Vikidə “{category}” kateqoriyası yoxdur. Bəlkə “{suggestion}” nəzərdə tutulub?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation type="unfinished">Vikidə “{category}” kateqoriyası yoxdur. Yazılışı yoxlayın, mövcud kateqoriyanı seçin və ya əvvəlcə bu kateqoriyanı yaradın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation type="unfinished">“{category}” kateqoriyası “{target}” adına köçürülüb. Əvəzinə “{target}” istifadə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation type="unfinished">{value} Vikiverilənlər elementi kimi təsdiqlənə bilmədi (tapılmadı və ya Vikiverilənlərə qoşulmaq mümkün olmadı və o, sorğu keşində yoxdur). Q-identifikatoru yoxlayın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation type="unfinished">Fayl mövcud deyil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation type="unfinished">Faylı oxumaq mümkün deyil ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation type="unfinished">Toplu faylı zədələnib və ya əl ilə proqramın oxuya bilmədiyi şəkildə dəyişdirilib ({reason}). Onun son sağlam nüsxəsini (yanındakı eyni adlı, .bak ilə bitən fayl) açın və ya mətn redaktorunda əl ilə edilmiş dəyişikliyi geri qaytarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation type="unfinished">Toplu faylında proqram işə sala biləcək göstəriş var ({reason}), buna görə o, oxunmadı. Onu ora siz yazmamısınızsa, son sağlam nüsxədən (eyni adlı, .bak ilə bitən fayl) istifadə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Toplu faylında bu proqramın oxumadığı qısaltmalar (&amp; və * işarələri) istifadə olunur. Mətn redaktorunda hər dəyəri tam yazın və ya son sağlam nüsxədən (.bak) istifadə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation type="unfinished">Toplu faylında bu proqramın oxumadığı qısaldılmış birləşdirmə (&lt;&lt;) istifadə olunur. Mətn redaktorunda hər dəyəri tam yazın və ya son sağlam nüsxədən (.bak) istifadə edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation type="unfinished">Fayl toplu olmaq üçün çox böyükdür ({size} bayt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation type="unfinished">Buradakı dəyərin uzunluğu {size} baytdır; toplunun heç bir sahəsi {limit} baytdan uzun olmur. Onu mətn redaktorunda silin və ya nüsxəni bərpa edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation type="unfinished">Bu, {expected} faylı deyil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation type="unfinished">Faylın formatı {format}; proqramın bu versiyası {supported} formatını oxuyur. Proqramı yeniləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation type="unfinished">“{field}” sahəsi {expected} olmalıdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation type="unfinished">Cədvəli oxumaq mümkün deyil ({reason}). Onu elektron cədvəl proqramında açın və yenidən CSV, XLSX və ya ODS kimi saxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation type="unfinished">Cədvəldə başlıq sətri yoxdur. Onun birinci sətri sütunları adlandırmalıdır (məsələn, “inventar nömrəsi”, “başlıq”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation type="unfinished">Viki hələ yeni fayl səhifəsinin nömrəsini verməyib, buna görə onun izahlarını və ifadələrini indi yazmaq mümkün olmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation type="unfinished">Vikidə bu başlıq artıq başqa fayla məxsusdur. Başqa başlıq seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation type="unfinished">Viki bu başlığa icazə vermir. Daha mənalı başlıq seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation type="unfinished">Başlıqda vikidəki fayl adında ola bilməyən simvollar var. Başlığı dəyişin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation type="unfinished">Başlıq viki üçün çox qısadır. Daha uzun və mənalı başlıq verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation type="unfinished">Başlıq viki üçün çox uzundur. Onu qısaldın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation type="unfinished">Başlıqda vikinin bu fayl üçün qəbul etdiyi fayl uzantısı yoxdur. Fayl növünü yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation type="unfinished">Viki bu növ faylları qəbul etmir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation type="unfinished">Viki bu növ faylları tövsiyə etmir. Onu tövsiyə olunan formata çevirin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation type="unfinished">Viki faylın məzmununun onun növünə uyğun gəlmədiyini və ya faylın zədələndiyini aşkar etdi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation type="unfinished">Fayl vikinin qəbul etdiyindən böyükdür.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation type="unfinished">Fayl boşdur. Onun tam köçürüldüyünü yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation type="unfinished">Fayl artıq idxal edildiyi yerdə deyil. Onu geri qaytarın və ya topludan çıxarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation type="unfinished">Eyni bu fayl artıq vikidə var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation type="unfinished">Bu başlıqlı fayl əvvəllər vikidən silinib. Yenidən yükləməzdən əvvəl bunun səbəbini yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation type="unfinished">Eyni bu fayl əvvəllər yüklənib və silinib. Yenidən yükləməzdən əvvəl bunun səbəbini yoxlayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation type="unfinished">Başlıq kameranın fayl adı kimi başlayır. Mənalı başlıq verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation type="unfinished">Viki başlığı dəyişdi, çünki onda fayl adında ola bilməyən simvollar var idi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation type="unfinished">Fayl başqa faylın miniatürünə bənzəyir. Tam ölçülü orijinalı yükləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation type="unfinished">Başlıq miniatür adına bənzəyir (ölçü ilə başlayır). Başlığı dəyişin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation type="unfinished">Bu vikidə yükləmə söndürülüb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation type="unfinished">Viki faylı səbəbini bildirmədən rədd etdi. Sonra yenidən cəhd edin və ya səbəbi görmək üçün onu əl ilə yükləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Viki sürəti azaltmağı xahiş etdi (sürət məhdudiyyəti) və faylı bir neçə dəfə göndərməyə cəhd edildi. Davam etmək üçün sonra yenidən yükləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation type="unfinished">Vikinin serverləri çox məşğul idi və faylı bir neçə dəfə göndərməyə cəhd edildi. Davam etmək üçün sonra yenidən yükləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation type="unfinished">Viki texniki xidmət səbəbindən yalnız oxumaq rejimindədir. Davam etmək üçün sonra yenidən yükləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation type="unfinished">Viki faylın hissələrini saxlaya bilmədi. Davam etmək üçün yenidən yükləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation type="unfinished">Daxil olma sessiyası bitdi və vaxtında yenilənə bilmədi. Davam etmək üçün yenidən yükləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation type="unfinished">Vikiyə qoşulmaq mümkün olmadı. Bağlantını yoxlayın; yükləməni davam etdirmək olar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation type="unfinished">Siz daxil olmamısınız və ya sessiyanın müddəti bitib. Yenidən daxil olun.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation type="unfinished">Viki proqramın tanımadığı xəta ilə cavab verdi ({code}). Sonra yenidən yükləyin; xəta təkrarlanarsa, ətraflı görmək üçün bu faylı əl ilə yükləyin.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation type="unfinished">Muzey obyekti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation type="unfinished">Səhifənin muzey şablonunun sahələri. Rəssam və ya qurum mətn, {{Creator:William Blake}} kimi şablon və ya Vikiverilənlər Q-identifikatoru ola bilər.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(seçilmiş fayllarda fərqlidir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — toplunun standart dəyərlərindən</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation type="unfinished">Muzey cədvəlindən doldur</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation type="unfinished">Elektron cədvəllər (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation type="unfinished">Fayldan doldur: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation type="unfinished">sətir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished">sətir %1, sütun %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation type="unfinished"> … və daha %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation type="unfinished">Cədvəldə düzəldilməli xanalar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation type="unfinished">Heç nə itmədi: faylı olmayan sətirlər cədvəldə qalır, sətri olmayan fayllar isə əvvəlki dəyərlərini saxlayır. «Geri qaytar» bütün doldurmanı ləğv edir.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation type="unfinished">%1 — toplunun standart dəyərlərindən</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+28"/>
        <source>Wikimedia Commons</source>
        <translation type="unfinished">Vikianbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation type="unfinished">Beta Vikianbar (sınaq üçün)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation type="unfinished">Yerli sınaq vikisi (bu kompüterdə)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation type="unfinished">Nizamlamalar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation type="unfinished">Yeni toplunun yüklənəcəyi viki: birini seçin və ya istənilən MediaViki saytının api.php ünvanını yazın. Açıq toplunun vikisi alətlər panelində seçilir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation type="unfinished">məs. [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose per batch</source>
        <translation type="unfinished">Hər toplu üçün ayrıca seçin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation type="unfinished"> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload new batches to</source>
        <translation type="unfinished">Yeni toplular bura yüklənsin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app</source>
        <translation type="unfinished">Proqramın dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation type="unfinished">Standart müəllif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation type="unfinished">Standart lisenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation type="unfinished">Miniatür ölçüsü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation type="unfinished">Viki, bot parolu, müəllif və lisenziya — addım-addım…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation type="unfinished">İlk açılış köməkçisi: bot parolunuzu yoxlaya bilər</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation type="unfinished">Vikimətn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation type="unfinished">Strukturlaşdırılmış məlumatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation type="unfinished">Səhifənin görünüşü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation type="unfinished">Yükləmədən sonra fayla yazılan izahlar və ifadələr (təsvir olunanlar, lisenziya, tarix, məkan…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation type="unfinished">JSON kimi göstər (vikiyə göndərilən)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation type="unfinished">Vikinin göstərdiyi kimi göstər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation type="unfinished">Vikidən səhifəni göstərməyi xahiş edir; orada heç nə saxlanılmır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation type="unfinished">Göndəriləcək səhifəni görmək üçün fayl seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation type="unfinished">Bir fayl seçin, sonra vikidən onun səhifəsini göstərməyi xahiş edin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation type="unfinished">İzah (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation type="unfinished">Təsvir olunanlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation type="unfinished">Yaradıcı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation type="unfinished">Lisenziya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation type="unfinished">Müəllif hüququ statusu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation type="unfinished">Faylın mənbəyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Tarix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation type="unfinished">Fotonun çəkildiyi yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation type="unfinished">Göstərilən yer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation type="unfinished">Sənət əsərini əks etdirir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation type="unfinished">Kolleksiya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation type="unfinished">İnventar nömrəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation type="unfinished">Müəllifin adı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation type="unfinished">Vikimedia istifadəçi adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation type="unfinished">Veb ünvanı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation type="unfinished">Təsvir edildiyi mənbə</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation type="unfinished">Vikiyə sorğu göndərilir…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation type="unfinished">Fayl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished">Sahə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(batch)</source>
        <translation type="unfinished">(toplu)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Accept warning</source>
        <translation type="unfinished">Xəbərdarlığı qəbul et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation type="unfinished">Yenə də yüklə: seçilmiş xəbərdarlıq bu fayl üçün bir daha göstərilmir</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation type="unfinished">Problem yoxdur.</translation>
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
            <numerusform>%n xəta (yükləmədən əvvəl düzəldilməlidir)</numerusform>
            <numerusform>%n xəta (yükləmədən əvvəl düzəldilməlidir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n xəbərdarlıq</numerusform>
            <numerusform>%n xəbərdarlıq</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation type="unfinished">&amp;Oldu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;İmtina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Bağla</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Geri qaytar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">Kə&amp;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">&amp;Yapışdır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished">Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation type="unfinished">Təfərrüatları göstər...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation type="unfinished">Təfərrüatları gizlə...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation type="unfinished">Oldu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">Yadda saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished">Aç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Xeyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished">Bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">İmtina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished">Dəyişiklikləri ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation type="unfinished">Kömək</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation type="unfinished">Tətbiq et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished">Sıfırla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation type="unfinished">Yenidən cəhd et</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Kopyala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished">Keçid ü&amp;nvanını kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation type="unfinished">Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished">&lt; &amp;Geri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished">&amp;Növbəti &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Bitir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Kömək</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation type="unfinished">Tap və əvəz et</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation type="unfinished">Sütunda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation type="unfinished">Tap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation type="unfinished">Bununla əvəz et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation type="unfinished">Hamısını əvəz et</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation type="unfinished">Bütün &amp;səhnəni seç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation type="unfinished">Seçilmiş foto ilə birlikdə, aralarında 20 dəqiqəlik fasilə və ya 300 m yol olmadan çəkilmiş fotoları seç (düymə: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation type="unfinished">Əvvəlcə səhnədən bir foto seçin.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation type="unfinished">
            <numerusform>Bu səhnənin %n fotosu seçildi: indi yazdığınız hər şey hamısına tətbiq olunur.</numerusform>
            <numerusform>Bu səhnənin %n fotosu seçildi: indi yazdığınız hər şey hamısına tətbiq olunur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation type="unfinished">&amp;Oxşar fotoları yığınlara topla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation type="unfinished">Hər seriya çəkilişini və ya demək olar ki, eyni olan nüsxələri sayı ilə birlikdə bir foto kimi göstər; üzərində Boşluq düyməsini basanda onlar qarşılaşdırılır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation type="unfinished">&amp;Hər yığının ən yaxşısını saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation type="unfinished">Hər yığında ən çox ulduzu olan fotonu (və ya artıq seçilmiş olanı, yaxud birincini) seç, digərlərini rədd et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">İmtina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation type="unfinished">Oxşar fotolar axtarılır: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation type="unfinished">
            <numerusform>Oxşar fotolardan %n yığın yaradıldı.</numerusform>
            <numerusform>Oxşar fotolardan %n yığın yaradıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation type="unfinished">Oxşar fotolar tapılmadı: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation type="unfinished">Seçilmiş foto oxşar fotoların heç bir yığınında deyil. Onları tapmaq üçün «Redaktə ▸ Oxşar fotoları yığınlara topla» seçimini aktiv edin.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation type="unfinished">fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation type="unfinished">fayl adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation type="unfinished">planlaşdırılan başlıq</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation type="unfinished">Rəssam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation type="unfinished">Müəllif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">Başlıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished">Təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished">Tarix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">Texnika və material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation type="unfinished">Ölçülər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation type="unfinished">Qurum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished">Şöbə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation type="unfinished">İnventar nömrəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation type="unfinished">Əldə edilmə qeydi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished">Mənbə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation type="unfinished">İcazə</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation type="unfinished">Digər versiyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation type="unfinished">Təsvir olunan şəxslər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation type="unfinished">Təsvir olunan yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation type="unfinished">Yaradıldığı yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation type="unfinished">Tapıldığı yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation type="unfinished">Obyektin tarixçəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation type="unfinished">Sərgi tarixçəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation type="unfinished">Yazılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Qeydlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation type="unfinished">İstinadlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation type="unfinished">Vikiverilənlər elementi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation type="unfinished">Fotoqraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation type="unfinished">Sənət əsərinin lisenziyası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation type="unfinished">Fotonun təsviri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation type="unfinished">Fotonun tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation type="unfinished">Fotonun lisenziyası</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation type="unfinished">
            <numerusform>%n oxşar</numerusform>
            <numerusform>%n oxşar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation type="unfinished">Yükləmə yeri: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation type="unfinished">Daxil ol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation type="unfinished">Yükləməyə başla</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation type="unfinished">Davam et</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation type="unfinished">Fasilə ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation type="unfinished">Hazırda yüklənən fayldan sonra dayan; böyük fayl cari hissəsindən sonra dayanır və sonra oradan davam edir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation type="unfinished">Hazırda yüklənən fayldan sonra dayan və bağla; yüklənənlər qeydə alınmış qalır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation type="unfinished">Uğursuzları təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation type="unfinished">Hesabatı saxla (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation type="unfinished">Qalereya vikimətnini kopyala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished">Fayl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished">Vəziyyət</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation type="unfinished">Fayl səhifəsi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation type="unfinished">Göndərməzdən əvvəl fayllar yoxlanılır…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation type="unfinished">%1 saytına daxil olunmayıb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation type="unfinished">%1 saytına %2 kimi daxil olunub.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished">Bağla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">İmtina</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation type="unfinished">Daxil ol və yüklə…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation type="unfinished">%m fayldan %v</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation type="unfinished">Daxil olunur…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation type="unfinished">Daxil olmaq alınmadı: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation type="unfinished">Fayllar yoxlanıldı; indi göndərilir.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation type="unfinished">%1 saniyə gözlənilir: bu hesab saatda yalnız müəyyən sayda fayl yükləyə bilər (vikinin sürət məhdudiyyəti)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation type="unfinished">Viki məşğuldur; %2 saniyə sonra %1 yenidən göndəriləcək</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation type="unfinished">Viki cavab vermədi; %2 saniyə sonra %1 yenidən göndəriləcək</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation type="unfinished">Yüklənir: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation type="unfinished">Hazırda yüklənən fayldan sonra dayanılacaq…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation type="unfinished">Təxminən %1 dəq %2 san qalıb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation type="unfinished">%1 yükləndi, %2 artıq vikidə idi, %3 uğursuz oldu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation type="unfinished">Fasilə verildi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation type="unfinished">Bu vikidə strukturlaşdırılmış məlumatlar yoxdur: izahlar və ifadələr yazılmadı.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation type="unfinished">Göndərməzdən əvvəl fayllar yoxlanılır (yerindədirmi, idxaldan sonra dəyişibmi): %2 fayldan %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation type="unfinished">Yükləmə jurnalı zədələnmişdi. O, %1 kimi saxlanıldı və yeni jurnal başladıldı. Heç nə itməyib: artıq vikidə olan fayllar yoxlama cəmi ilə tapılır.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation type="unfinished">Hesabatı saxla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation type="unfinished">Hesabat %1 kimi saxlanıldı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation type="unfinished">Qalereya vikimətni mübadilə buferinə kopyalandı.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation type="unfinished">Bu faylı göstərmək mümkün deyil: o, baxış pəncərəsinin oxuya bildiyi şəkil deyil və ya zədələnib. Onu problemlər siyahısında yoxlayın.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation type="unfinished">en dairəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation type="unfinished">uzunluq dairəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation type="unfinished">istiqamət °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation type="unfinished">Xəritə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation type="unfinished">Bu yeri brauzerinizdə OpenStreetMap xəritəsində göstər</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation type="unfinished">yükləmədən çıxarılıb</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-40"/>
        <source>Remove this language</source>
        <translation type="unfinished">Bu dili sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(differs between the selected files)</source>
        <translation type="unfinished">(seçilmiş fayllarda fərqlidir)</translation>
    </message>
</context>
</TS>
