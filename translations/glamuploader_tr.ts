<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation>Yeni toplu yüklemeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation>Yükleme günlüğü (vikiye ulaşanlar; kaldığı yerden sürdürmek için)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation>Küçük resimler ve arama önbelleği</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation>Fotoğrafları ve taramaları yapısal verileriyle birlikte Wikimedia Commons&apos;a toplu olarak yükler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>GNU GPL sürüm 3 veya sonrası kapsamında özgür yazılımdır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation>Dosyalarınızın bulunduğu yerler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation>Üzerine kurulduğu yazılımlar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation>Bir çökmeden sonra uygulamayı yeniden açmanız yeterli. Toplu yüklemeniz siz çalışırken kaydedilir ve günlük hangi dosyaların vikiye ulaştığını bilir; “Yükle” hiçbir dosyayı iki kez göndermeden kaldığı yerden devam eder.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation>Gözden geçirilmiş çeviriler: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation>Anadili bu dil olan biri tarafından henüz gözden geçirilmemiş çeviriler: %1. Düzeltmeler memnuniyetle karşılanır (nasıl yapılacağı translations/README.md dosyasında anlatılıyor).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation>sorun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>hazır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation>yükleniyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation>yüklendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation>yüklendi, veri bekliyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>kopya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n hücre yapıştır</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation>Aşağı doldur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation>%1 içinde değiştir</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation>Küçük resim</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation>%1 düzenlemesi</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation>&amp;İşaretledikten sonra sıradaki fotoğrafa geç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation>P, X, U ya da bir yıldız sayısından sonra sıradaki fotoğraf gösterilir</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation>Yan yana karşılaştırmak için iki ile dört arası fotoğraf seçin.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation>Sola döndürme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation>Sağa döndürme</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation>
            <numerusform>Birini tutup diğer %n fotoğrafı reddetme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation>%1 yıldız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation>Seçme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>Reddetme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation>İşareti kaldırma</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation>Deneme vikisi başlatılıyor ve örnek fotoğraflar hazırlanıyor… (ilk seferde bir dakika sürer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation>Örnek toplu yükleme, bu bilgisayardaki deneme vikisine gönderilecek.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation>&amp;Açıklama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation>A&amp;ltyazı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation>Yaza&amp;r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation>&amp;Tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Kaynak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation>L&amp;isans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation>Kat&amp;egoriler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation>Tasvir ettiği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation>K&amp;onum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation>Şablo&amp;nlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page template</source>
        <translation>Sayfa şablonu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Privac&amp;y</source>
        <translation>&amp;Gizlilik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation>Şu dosyanın yeni &amp;sürümü</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation>YYYY-MM-DD, YYYY-MM veya YYYY. Boş: fotoğrafın çekildiği tarih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation>Kendi eseriniz için boş bırakın; değilse müze, kitap veya web adresi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation>Kategori adı, “Category:” olmadan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation>Vikiveri ögesi, ör. Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation>ör. {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation>Üst veri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation>Her dosya için lisans, yazar ve kategoriler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation>Bu dosyanın daha iyi bir sürümünü yükle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation>Yalnızca aynı resmin küçük iyileştirmeleri için: daha iyi çözünürlük, renk düzeltmesi, gürültü azaltma veya döndürme. Bunun dışındaki her şey yeni bir dosya olarak yüklenir.</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation>Dosyayı olduğu gibi gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation>Yüklenen kopyadan konumu (GPS) kaldır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation>Yüklenen kopyadan tüm fotoğraf makinesi verilerini kaldır</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="-13"/>
        <source>Version s&amp;ummary</source>
        <translation>De&amp;ğişiklik özeti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation>Temizlenmiş bir kopya yüklenir; pikseller ve özgün dosyanız hiçbir zaman değiştirilmez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation>Vikideki File:Name.jpg — yeni bir dosya için boş bırakın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation>Commons yeni bir sürüme yalnızca aynı resmin küçük iyileştirmeleri için izin verir: daha iyi çözünürlük, renk düzeltmesi, gürültü azaltma veya döndürme. Bunun dışındaki her şey (başka bir fotoğraf, gösterileni değiştiren bir kırpma) yeni bir dosya olarak yüklenir. Emin değilseniz yeni bir dosya yükleyin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation>%1 olarak yüklendi. Sayfası artık vikide düzenlenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation>Vikide zaten %1 olarak var: yeniden yüklenmez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation>Bu dosyalar vikide. Sayfaları artık orada düzenlenir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation>Dosyadaki anahtar sözcükler kategori olarak: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation>Her biri, vikide diğer kategoriler gibi denetlenir; orada kategori olmayanları kaldırın.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation>Müze alanı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation>Düzenlemek için bir veya daha fazla dosya seçin.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation>
            <numerusform>%n dosya seçili: bir değişiklik hepsine uygulanır.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation>(seçili dosyalar arasında farklı)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation>%1 — toplu yükleme varsayılanlarından</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation>Dosyadan: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation>Şu adla yüklenecek: File:%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation>Çekildiği tarih: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation>Resimde ne görülüyor</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation>Yükleme günlüğü yazılamadı (%1). Hiçbir şey kaybolmadı: diskte yer açın ya da klasörün izinlerini denetleyin, sonra yeniden Yükle&apos;ye basın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation>Toplu yükleme açılamadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation>Toplu yükleme kaydedilemedi. Klasörün var olduğunu ve diskte yer olduğunu kontrol edin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation>Dosyalar içe aktarılamadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation>Toplu yükleme denetlenemedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation>Yükleme durdu.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>altyazı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>yazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>lisans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>kategoriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation>tasvir ettiği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>konum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation>şablonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>dosya</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation>%1 olarak oturum açıldı. Yüklemeler bu hesapla yapılacak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation>Oturum açılamadı: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation>Araçlar ana parolanızla değil, bir &lt;b&gt;bot parolası&lt;/b&gt; ile oturum açar: bot parolası yalnızca sizin izin verdiklerinizi yapabilir ve onu istediğiniz zaman iptal edebilirsiniz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation>Vikide &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; sayfasını açın, düzenleme, sayfa oluşturma ve dosya yükleme haklarıyla &lt;i&gt;glamuploader&lt;/i&gt; adında bir bot parolası oluşturun; sonra buraya &lt;i&gt;YourName@glamuploader&lt;/i&gt; ile vikinin size gösterdiği parolayı girin. &lt;a href=&quot;%2&quot;&gt;Bot parolaları nasıl çalışır&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation>Yeni toplu yüklemelerin gideceği yer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation>Yazar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation>Lisans: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation>Bunların hepsi Düzen ▸ Tercihler altından değiştirilebilir; bu yardımcı da Yardım menüsündedir. Kılavuz (Yardım ▸ Kılavuz, F1) olağan iş akışını adım adım gösterir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation>GLAM Uploader&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation>Hangi viki?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation>Bot parolanız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation>Yazar ve lisans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation>Yalnızca bir kez sorulacak birkaç soru. Her biri “Sonraki” ile atlanabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation>Yeni toplu yüklemelerin gönderileceği yer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation>Böylece yüklemeler size sormadan başlayabilir. Bu adımı atlayıp yükleme sırasında da oturum açabilirsiniz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation>Yeni toplu yüklemelerin başlangıç değerleri; her dosyanın yine de kendi değeri olabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation>Başlayabilirsiniz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation>GLAM Uploader, fotoğrafları ve taramaları Wikimedia Commons&apos;a yükler: birçoğunu birden, açıklamaları, kategorileri ve yapısal verileriyle birlikte. Hiçbir şey gönderilmeden önce de her sorunu gösterir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation>Uygulamanın &amp;dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation>Gerçek Commons: yüklediğiniz her şey hemen herkese açık olur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation>Denemeler yapmak için Commons&apos;un bir test kopyası; zaman zaman boşaltılır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation>Uygulamayı hesap olmadan denemek için bu bilgisayardaki bir viki (PHP ve MediaWiki kurulu olmalı).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation>YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>ör. [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>&amp;Kullanıcı adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>Parolayı sistem &amp;anahtarlığında sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation>Oturum açmayı &amp;denetle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation>Deneme vikisinin &amp;test hesabını kullan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation>Yazar alanına adınızın nasıl anılmasını istediğinizi yazın, ör. [[User:Name|Name]]. Lisans kendi fotoğraflarınız için geçerlidir; müze taramalarında lisansı her dosya için ayrı seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation>&amp;Yazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation>&amp;Lisans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation>Her toplu yükleme için ayrı seç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation>Dosyaları tablo olarak göster: her alan bir sütun, bir hesap tablosundaki gibi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation>Fotoğrafları veya klasörleri buraya bırakın ya da “Klasörü içe aktar” komutunu kullanın.

Sonra açıklamak için dosyaları seçin; aşağıdaki Sorunlar paneli yüklemeden önce neyin eksik olduğunu söyler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation>Süzgece uyan dosya yok. Tüm dosyaları görmek için süzgeci temizleyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation>Başlık, dosya adı, açıklama veya kategoriye göre süz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation>Seçilenler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation>Reddedilmeyenler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation>Henüz işaretlenmeyenler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation>En az bir yıldızlı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation>En az üç yıldızlı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation>Dosya adına göre sırala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation>Çekim tarihine göre sırala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation>Başlığa göre sırala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation>Seçimlere ve yıldızlara göre sırala</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation>Olağan iş akışı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation>Bir fotoğraf klasörünü pencereye bırakın ya da Dosya ▸ Klasörü içe aktar komutunu kullanın. Yeni dosyaların hepsi seçili olur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation>Birçok dosya seçiliyken yazdığınız her şey hepsine uygulanır: lisansı seçin, yazarı ve bir kategori yazın (Enter kategoriyi ekler).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation>Birçok dosya için tek bir başlık yazın, dosyalar numaralanır: “Kazan gezisi 01”, “Kazan gezisi 02”… Gereken yerde bir dosyaya kendi açıklamasını ve altyazısını verin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation>Sorunlar paneline bakın. Hatalar (kırmızı) düzeltilmelidir; uyarılar kabul edilebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation>Yükle&apos;ye (%1) basın, bot parolanızla oturum açın ve dosyaların yüklenişini izleyin. Yüklenen her dosya, vikideki sayfasına bağlantı verir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation>Oturum kitleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation>Bir oturum kiti, bir etkinliğin varsayılanlarını içerir: lisans, yazar, kategoriler, tasvir edilenler, başlık kalıbı ve sunulacak diller. Etkinliği düzenleyen kişi kiti Dosya ▸ Varsayılanları kit olarak kaydet ile kaydedip gönüllülere verir; gönüllüler de içe aktarmadan önce onu Dosya ▸ Oturum kitini aç ile açar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation>Dosya ▸ Toplu yükleme varsayılanları, toplu yüklemedeki her dosyanın hangi değerlerle başladığını gösterir; bir dosyanın kendi değeri her zaman önceliklidir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation>Sorunlar tablosu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation>Bir yüklemeyi başarısız kılacak ya da Commons&apos;taki bir inceleyicinin itiraz edeceği her şey, hiçbir şey gönderilmeden önce listelenir: eksik lisans veya yazar, vikinin reddettiği ya da zaten kullanılan başlıklar, var olmayan kategoriler, vikide zaten bulunan dosyalar, hasarlı resimler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation>Birçok dosyada ortak olan bir sorun tek satırda gösterilir; dosyaları görmek için satırı açın. Düzeltilecek dosyaya ve alana gitmek için satıra çift tıklayın. Hata kaldıkça yükleme kapalı kalır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation>En iyi fotoğrafları seçmek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation>Boşluk tuşu seçili fotoğrafı pencereyi dolduracak biçimde gösterir; ok tuşları ileri ve geri götürür, Esc geri döndürür. Z fotoğrafı imlecin bulunduğu yerde yüzde 100 boyutunda gösterir; çevresine bakmak için fotoğrafı sürükleyin ya da Shift&apos;i basılı tutup ok tuşlarına basın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation>P seçer, X reddeder (reddedilen bir fotoğraf hiçbir zaman denetlenmez ve yüklenmez), U işareti kaldırır, 0 ile 5 arası tuşlar yıldız verir ve ardından sıradaki fotoğrafa geçilir (Düzen ▸ İşaretledikten sonra sıradaki fotoğrafa geç). Küçük resimlerin üstündeki liste yalnızca seçilenleri, reddedilmeyenleri ya da yıldızlı fotoğrafları gösterir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation>C, seçili iki ila dört fotoğrafı yan yana karşılaştırır; fotoğraflar birlikte yakınlaştırılır ve kaydırılır. En iyisine tıklayıp K&apos;ye basın: o seçilir, diğerleri reddedilir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation>Düzen ▸ Benzer fotoğrafları yığınla, her seri çekimi ya da neredeyse aynı kopyaları, sayılarıyla birlikte tek bir fotoğraf olarak gösterir; bunun üzerinde Boşluk tuşuna basınca fotoğraflar karşılaştırılır. Düzen ▸ Her yığının en iyisini tut, her yığında en çok yıldızı olan fotoğrafı seçer ve kalanları reddeder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation>[ ve ] bir fotoğrafı çeyrek tur döndürür. Yalnızca gönderilen kopya, yönlendirme etiketiyle döndürülür: dosyanız değişmez ve hiçbir piksel yeniden sıkıştırılmaz (yalnızca JPEG fotoğraflar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation>S tüm sahneyi seçer: aralarında 20 dakikalık bir ara ya da 300 m&apos;lik bir yürüyüş olmadan çekilmiş fotoğrafları. Ardından yazdığınız her şey hepsine uygulanır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation>Müze tabloları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation>Dosya ▸ Müze tablosundan doldur komutu CSV, XLSX, ODS ve Pattypan&apos;ın .xls dosyalarını okur. Tablonun sütunları alanlarla eşleştirilir (eşleştirmeyi değiştirebilirsiniz), her satır da adına ya da envanter numarasına göre bir dosyayla. Dosyası olmayan satırlar ve satırı olmayan dosyalar bildirilir; hiçbir şey atılmaz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation>Çökme ya da bağlantı kopması sonrasında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation>Toplu yüklemeniz siz çalışırken kaydedilir. Uygulamayı yeniden açın: toplu yüklemeyi kendisi yeniden açar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation>Yükleme günlüğü hangi dosyaların vikiye ulaştığını bilir. Yükle&apos;ye yeniden basın, kalan dosyalarla devam eder; hiçbir dosya iki kez gönderilmez. “Duraklat”, o anda yüklenen dosyadan sonra durur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Kısayol tuşları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation>%1: yükle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation>%1 / %2: geri al / yinele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation>%1: dosyaları içe aktar; %2: bir klasörü içe aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation>%1: bu kılavuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation>Küçük resimlerde ve tabloda: P seç, X reddet (hiç yüklenmez), U işareti kaldır, 0 ile 5 arası yıldız ver; her birinden sonra sıradaki fotoğraf seçilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation>GLAM Uploader kılavuzu</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation>Toplu yükleme varsayılanları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation>Bu değerler, kendi değeri olmayan her dosyaya uygulanır. Diğer gönüllülere vermek için oturum kiti olarak kaydedin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>ör. [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation>Kendi eseriniz için boş bırakın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation>Alanlar: {title}, {date}, {n:03} (bir numara), {original} (dosya adı), {description:en} ve kitin kendi alanları, örneğin {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation>Her satıra bir kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation>Her satıra bir şablon, ör. {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation>“%1” kategorisini ekle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation>Etkinliğin veya iş birliğinin adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation>Başlık kalıbı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation>Açıklama şablonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation>Her dosya için kategoriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation>Her dosya için şablonlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation>Her dosya için gizlilik</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation>Oturum kitini aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation>Oturum kitleri (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation>Varsayılanları oturum kiti olarak kaydet</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation>Dil ekle</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation>CC0 — hiçbir hak saklı değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation>CC BY 4.0 — atıf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation>CC BY-SA 4.0 — atıf, aynı lisansla paylaş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation>CC BY-SA 3.0 — atıf, aynı lisansla paylaş (eski sürüm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation>CC BY 3.0 — atıf (eski sürüm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation>Kamu malı — yazar 70 yıldan uzun süre önce öldü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation>Kamu malı — yazar 100 yıldan uzun süre önce öldü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation>Kamu malı — eski bir iki boyutlu sanat eserinin fotoğrafı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation>ABD&apos;de kamu malı — telif hakkı süresi doldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation>Kamu malı — ABD federal hükûmetinin eseri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation>Herkes dosyayı, adınızı bile anmadan, her amaçla kullanabilir. Yalnızca kendi eseriniz için.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation>Herkes, yazarın adını anmak koşuluyla, dosyayı ticari amaçla da kullanabilir ve değiştirebilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation>Herkes, yazarın adını anmak ve değiştirilmiş sürümleri aynı lisansla paylaşmak koşuluyla, dosyayı ticari amaçla da kullanabilir ve değiştirebilir. Commons&apos;ta olağan seçim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation>CC BY-SA 4.0 gibi; yalnızca kaynak dosyayı 3.0 sürümüyle yayımladıysa seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation>CC BY 4.0 gibi; yalnızca kaynak dosyayı 3.0 sürümüyle yayımladıysa seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation>Yazarı 70 yıldan uzun süre önce ölmüş eserler için. Yazarı ve eserin tarihini belirtin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation>Yazarı 100 yıldan uzun süre önce ölmüş eserler için; neredeyse her ülkede güvenli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation>Yazarı 70 yıldan uzun süre önce ölmüş düz sanat eserlerinin (resimler, çizimler, belgeler) aslına uygun fotoğrafları veya taramaları için.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation>ABD&apos;de, telif hakkının orada sona ermesine yetecek kadar uzun zaman önce yayımlanmış eserler için.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation>ABD federal hükûmeti çalışanlarının görevleri sırasında yaptığı eserler için.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation>Seçililere ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation>%1 — toplu yükleme varsayılanı, her dosyada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation>Dosya ▸ Toplu yükleme varsayılanları menüsünde ayarlanır; toplu yüklemedeki her dosya bunu alır. Her fotoğrafa uymuyorsa oradan kaldırın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation>%1 — %3 dosyanın %2 tanesinde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation>Bu yalnızca seçili dosyaların bazılarında var. Hepsine vermek için yeniden ekleyin.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation>Kullanıcı adınızı ve bot parolanızı girin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation>Vikide böyle bir hesap yok. Kullanıcı adını kontrol edin (bot parolası için: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation>Viki parolayı reddetti. Special:BotPasswords sayfasının gösterdiği parolayı YourName@Suffix ile kullanın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation>Çok fazla oturum açma denemesi. Birkaç dakika bekleyip yeniden deneyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation>Vikiye ulaşılamadı. Bağlantınızı kontrol edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation>Viki oturum açmayı reddetti.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation>%1 sitesinde oturum aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation>Bir &lt;b&gt;bot parolası&lt;/b&gt; ile oturum açın: vikide Special:BotPasswords sayfasını açın, bir tane oluşturun (ör. adı &lt;i&gt;glamuploader&lt;/i&gt; olsun; düzenleme, sayfa oluşturma ve dosya yükleme haklarıyla) ve burada &lt;i&gt;YourName@glamuploader&lt;/i&gt; olarak oturum açın. &lt;a href=&quot;%1&quot;&gt;Bot parolaları nasıl çalışır&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation>YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation>Parolayı sistem anahtarlığında sakla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation>Deneme vikisinin test hesabını kullan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation>Oturum aç</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+204"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>%1 düzenlemesi</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation>&amp;Dosyaları içe aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation>&amp;Müze tablosundan doldur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation>Toplu yüklemeyi &amp;aç…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation>Toplu yüklemeyi &amp;farklı kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation>Oturum &amp;kitini aç…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation>Varsayılanları kit olarak kaydet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation>Toplu yükleme &amp;varsayılanları…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload…</source>
        <translation>&amp;Yükle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move from batch</source>
        <translation>Toplu yüklemeden çı&amp;kar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation>&amp;Yeni toplu yükleme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation>GLAM Uploader &amp;hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Kılavuz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation>&amp;İlk çalıştırma yardımcısı…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation>&amp;Viki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation>%1, %2. Hedef: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n dosya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n hata</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is being opened by another program right now. Try again in a moment.</source>
        <translation>%1 şu anda başka bir program tarafından açılıyor. Biraz sonra yeniden deneyin.</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation>
            <numerusform>Fotoğraf ya da başka bir medya dosyası olmayan %n dosya dışarıda bırakıldı: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>About GLAM Uploader</source>
        <translation>GLAM Uploader hakkında</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation>%1 dosyasının daha iyi bir sürümü</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation>%1 dosyasının yeni sürümü</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>%n hücre değişti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation>Toplu yükleme varsayılanlarını değiştir</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation>
            <numerusform>%n dosyayı kaldır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation>
            <numerusform>%n dosya toplu yüklemeden kaldırılsın mı?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation>
            <numerusform>%n tanesi zaten yüklendi: toplu yükleme artık bunların sayfalarını listelemez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation>
            <numerusform>%n tanesinin sizin verdiğiniz başlık, açıklama veya başka değerleri var.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation>Diskteki dosyalara dokunulmaz; “Geri al” onları geri getirir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Upload to:</source>
        <translation>Yükleneceği yer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation>Bu toplu yüklemenin gideceği viki. Değişiklik geri alınabilir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation>%1 sitesine yükle</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Import fo&amp;lder…</source>
        <translation>K&amp;lasörü içe aktar…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Will be uploaded as: File:%1</source>
        <translation>Şu adla yüklenecek: File:%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation>Çevrimdışı: öneriler önceki aramalardan geliyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation>Vikiye veya Vikiveri&apos;ye ulaşılamıyor. Şimdi seçtiğiniz kategoriler ve ögeler yeniden bağlanınca tekrar denetlenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation>Yeni toplu yükleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation>%1 (salt okunur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — GLAM Uploader</source>
        <translation>%1 — GLAM Uploader</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>another copy of GLAM Uploader</source>
        <translation>GLAM Uploader&apos;ın başka bir kopyası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation>bir glamuploader komutu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation>%1 şu anda %2 içinde açık (%5 üzerinde %4 kullanıcısının %3 numaralı işlemi, %6 tarihinden beri). Aynı anda yalnızca biri değiştirebilir. Kaydetmeden bakmak için salt okunur açılsın mı?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation>Salt okunur aç</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation>Toplu yükleme dosyası bozulmuştu (%1). Bunun yerine son sağlam kopyası açıldı; bozuk dosya %2 olarak saklandı.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+14"/>
        <location line="+32"/>
        <location line="+22"/>
        <location line="+109"/>
        <source>GLAM Uploader</source>
        <translation>GLAM Uploader</translation>
    </message>
    <message numerus="yes">
        <location line="-99"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n dosya içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation>Dosyaları içe aktar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation>Bir klasörü içe aktar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation>Toplu yüklemeyi aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation>GLAM Uploader toplu yüklemeleri (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation>Toplu yüklemeyi farklı kaydet</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation>%1 sütunları</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n satır.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation>%1 olarak okundu, sütunlar “%2” ile ayrılmış.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation>Her sütunun ne olduğunu seçin; “kullanılmıyor” olarak bırakılan sütun okunmaz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation>kullanılmıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation>dosya (ad ya da yol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation>ek şablon parametresi “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation>sıraları: ilk satır ilk dosyadır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation>Satırları dosyalarla şuna göre eşle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation>Dosyaları doldur</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation>Dosya artık yerinde değil. Geri koyun ya da toplu yüklemeden çıkarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation>Dosya okunamıyor ({reason}). Başka bir yerde açık olmadığını ve okuma izniniz olduğunu kontrol edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation>Dosya boş (0 bayt). Fotoğraf makinesinden veya kaynaktan yeniden kopyalayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation>Bu, Commons&apos;un kabul ettiği türde bir dosya değil (içeriği tanıdığımız bir resim, ses, video veya belge değil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation>Dosya yarım kalmış görünüyor: resmin sonu eksik. Yapabiliyorsanız kaynaktan yeniden kopyalayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation>Dosya hasarlı ve resim olarak açılamıyor ({reason}). Kaynaktan yeniden kopyalayın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation>Resim {width} × {height} piksel olduğunu söylüyor, {limit} pikselden fazla: bir sıkıştırma bombası olabilir. Açılmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation>Dosya adı .{extension} ile bitiyor ama dosya aslında {detected}. .{detected} olarak yüklenecek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation>Bu dosyadaki fotoğraf makinesi verileri (EXIF) okunamıyor ({reason}); tarih ve konum elle girilmeli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation>Fotoğraf makinesi veri alanı {tag} olanaksız bir değer içeriyor ({value}); yok sayıldı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation>Dosya adı görünmez denetim veya yazı yönü karakterleri içeriyor; bunlar başlığa alınmadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation>Dosya yalnızca en son ne zaman değiştirildiğini söylüyor ({modified}), fotoğrafın ne zaman çekildiğini değil. Tarihi girin ya da boş bırakın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation>Dosyanın başlığı yok. Resimde ne görüldüğünü anlatan bir başlık verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation>Başlık {bytes} bayt uzunluğunda; Commons en çok {limit} bayta izin veriyor. Kısaltın (Latin dışındaki harflerin her biri 2-4 bayt tutar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation>Başlık çok kısa ({length} karakter; en az {minimum}). Resimde ne görüldüğünü söyleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation>Başlıkta bir dosya adında bulunamayacak karakterler var: {chars}. Bunları kaldırın veya değiştirin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation>Başlıkta görünmez karakterler var ({chars}). Başlığı yeniden yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation>“{title}” bir fotoğraf makinesinin verdiği bir ada benziyor; Commons bunları reddeder. Resimde ne görüldüğünü anlatan bir başlık verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation>Başlık normal Unicode biçiminde değil; normalleştirilecek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation>Başlık .{extension} ile bitiyor ama dosya .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation>Bu toplu yüklemedeki başka bir dosya da aynı başlığa sahip ({other}). Başlıkları farklılaştırın, ör. başlık kalıbında {{n}} kullanarak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation>Başlık kalıbı {{{field}}} kullanıyor, bu bilinen bir alan değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation>“{pattern}” başlık kalıbı kullanılamıyor: süslü parantezlerini {{ }} ve alan adlarını kontrol edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation>Bu dosya, bu toplu yüklemedeki {other} ile aynı (aynı içerik). Birini kaldırın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation>Viki bu başlığa izin vermiyor ({reason}). Daha açıklayıcı bir başlık seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation>Bu başlıkla farklı bir dosya zaten vikide var: {url}. Başka bir başlık seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation>Lisans seçilmedi. Yazarın verdiği lisansı seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation>“{license}” lisansı bu uygulamanın bildiği bir lisans değil. Listeden birini seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation>{license} lisansı yalnızca kendi eseriniz için, ama kaynak başka birini gösteriyor. Kaynağın verdiği lisansı seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation>Yazar belirtilmedi. Fotoğrafçının veya yaratıcının adını yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation>Kaynak belirtilmedi. Dosyanın nereden geldiğini yazın (bir müze, bir kitap, bir web adresi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation>Açıklama yok. En az bir dilde bir açıklama ekleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation>“{language}”, Commons&apos;un bildiği bir dil kodu değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation>“{language}” bir dil kodu olamaz. en, tr veya ar gibi bir kod kullanın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>“{value}” bir tarih değil. YYYY-MM-DD, YYYY-MM veya YYYY biçiminde yazın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation>{value} tarihi gelecekte. Fotoğraf makinesinin saatini kontrol edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation>Dosyanın kategorisi yok. İnsanların bulabilmesi için en az bir tane ekleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation>“{category}” bir kategori adı olamaz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation>“{value}” bir Vikiveri öge kimliği değil (Q42 gibi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation>{latitude}, {longitude} konumu Dünya haritasında değil. Enlemi (−90…90) ve boylamı (−180…180) kontrol edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation>“{template}” tek ve eksiksiz bir şablon değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation>“{value}” yapısal verilerde {field} için kullanılamaz. Alanın istediği gibi bir Vikiveri öge kimliği (Q42 gibi), https:// ile başlayan bir web adresi ya da bir kullanıcı adı girin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation>{value} envanter numarası yapısal verilere yalnızca ait olduğu koleksiyonla birlikte yazılır. Koleksiyonun Vikiveri ögesini ekleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation>{language} dilindeki altyazı {length} karakter uzunluğunda; Commons en çok {limit} karaktere izin verir. Kısaltın: açıklama daha fazlasını anlatabilir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation>Bu dosyanın aynısı vikide zaten {title} olarak var: {url}. Yeniden yüklenmeyecek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation>Viki .{extension} dosyalarını kabul etmiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation>Dosya {size} bayt; viki en çok {limit} bayt kabul ediyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation>Dosya içe aktarıldıktan sonra diskte değişti. Yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation>Dosya içe aktarıldıktan sonra diskte değişti ({changed}). Bilgileri yeniden okundu ve yeni dosya gönderilecek; başlığın ve açıklamanın hâlâ uygun olduğunu kontrol edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation>“{value}” vikideki bir dosyanın adı değil. Yerine geçeceği dosyayı File:Name.jpg biçiminde yazın ya da yeni bir dosya yüklemek için alanı boşaltın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation>Vikide yerine geçilecek {title} adlı bir dosya yok. Adı kontrol edin ya da yeni bir dosya yüklemek için “Şu dosyanın yeni sürümü” alanını boşaltın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation>Yeni sürüm aynı dosya türünde olmalı: {title} bir .{expected} dosyası, bu dosya ise .{extension}. Bunun yerine yeni bir dosya olarak yükleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation>Bu dosya, {title} dosyasının yeni sürümü olarak işaretli. O dosyayı değiştirmek için upload komutunu --new-versions ile çalıştırın ya da işareti kaldırın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation>“{value}” bir gizlilik seçeneği değil. “location” (konumu kaldırır) ya da “camera” (tüm fotoğraf makinesi verilerini kaldırır) yazın veya boş bırakın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation>Konum veya fotoğraf makinesi verileri, bir .{kind} dosyasından pikselleri değiştirilmeden kaldırılamaz ({detail}). Bunları başka bir programla kaldırın ya da gizlilik seçimini boşaltın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation>Bir .{kind} dosyası pikselleri değiştirilmeden döndürülemez: yalnızca JPEG fotoğraflar, yönlendirme etiketleriyle döndürülür. Dosyayı bir fotoğraf düzenleme programında döndürüp yeniden içe aktarın ya da döndürmeyi kaldırın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation>Fotoğraf döndürülemedi: {reason}. Fotoğrafı fotoğraf makinesinden veya düzenleme programından yeniden dışa aktarın ya da döndürmeyi kaldırın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation>Dosya, fotoğraf makinesi verilerinin tutulduğu yerde hasarlı ({detail}); bu yüzden temizlenmiş bir kopya oluşturulamadı. Dosyayı fotoğraf makinesinden veya düzenleme programından yeniden dışa aktarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation>Vikide “{category}” adlı bir kategori yok. “{suggestion}” mı demek istediniz?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation>Vikide “{category}” adlı bir kategori yok. Yazımı kontrol edin, var olan bir kategori seçin ya da önce bu kategoriyi oluşturun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation>“{category}” kategorisi “{target}” adına taşındı. Bunun yerine “{target}” kullanın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation>{value} bir Vikiveri ögesi olarak doğrulanamadı (bulunamadı ya da Vikiveri&apos;ye ulaşılamadı ve arama önbelleğinde yok). Q-kimliğini kontrol edin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation>Dosya yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation>Dosya okunamıyor ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation>Dosya bir toplu yükleme olamayacak kadar büyük ({size} bayt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation>Buradaki bir değer {size} bayt uzunluğunda; bir toplu yüklemenin hiçbir alanı {limit} bayttan uzun değildir. Onu bir metin düzenleyicide silin ya da bir kopyayı geri yükleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation>Bu bir {expected} dosyası değil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation>Dosyanın biçimi {format}; uygulamanın bu sürümü {supported} biçimini okuyor. Uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation>“{field}” alanı {expected} olmalı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation>Tablo okunamıyor ({reason}). Tablo programınızda açıp CSV, XLSX ya da ODS olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation>Tablonun ilk satırında sütun adları yok. İlk satır sütunları adlandırmalı (örneğin “envanter no”, “başlık”).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation>Vikide farklı bir dosya zaten bu başlığa sahip. Başka bir başlık seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation>Viki bu başlığa izin vermiyor. Daha açıklayıcı bir başlık seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation>Başlıkta vikideki bir dosya adında bulunamayacak karakterler var. Başlığı değiştirin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation>Başlık viki için çok kısa. Daha uzun, açıklayıcı bir başlık verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation>Başlık viki için çok uzun. Kısaltın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation>Başlıkta vikinin bu dosya için kabul ettiği bir dosya uzantısı yok. Dosya türünü denetleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation>Viki bu dosya türünü kabul etmiyor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation>Viki bu dosya türünü önermiyor. Dosyayı tercih edilen bir biçime dönüştürün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation>Viki, dosyanın içeriğinin türüyle uyuşmadığını ya da dosyanın hasarlı olduğunu saptadı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation>Dosya, vikinin kabul ettiğinden büyük.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation>Dosya boş. Tamamen kopyalandığını denetleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation>Dosya artık içe aktarıldığı yerde değil. Geri koyun ya da toplu yüklemeden çıkarın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation>Bu dosyanın aynısı zaten vikide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation>Bu başlıkta bir dosya daha önce vikiden silinmiş. Yeniden yüklemeden önce nedenini kontrol edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation>Bu dosyanın aynısı daha önce yüklenip silinmiş. Yeniden yüklemeden önce nedenini kontrol edin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation>Başlık bir fotoğraf makinesi dosya adı gibi başlıyor. Açıklayıcı bir başlık verin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation>Viki başlığı değiştirdi, çünkü bir dosya adında bulunamayacak karakterler içeriyordu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation>Dosya başka bir dosyanın küçük resmine benziyor. Tam boyutlu özgün dosyayı yükleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation>Başlık bir küçük resim adına benziyor (bir boyutla başlıyor). Başlığı değiştirin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation>Bu vikide yükleme kapalı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation>Viki dosyayı nedenini söylemeden reddetti. Daha sonra yeniden deneyin ya da nedenini görmek için elle yükleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation>Viki yavaşlamamızı istedi (hız sınırı) ve dosya birkaç kez denendi. Devam etmek için daha sonra yeniden yükleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation>Vikinin sunucuları çok meşguldü ve dosya birkaç kez denendi. Devam etmek için daha sonra yeniden yükleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation>Viki bakım için salt okunur durumda. Devam etmek için daha sonra yeniden yükleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation>Viki dosyanın parçalarını saklayamadı. Devam etmek için yeniden yükleyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation>Oturum sona erdi ve zamanında yenilenemedi. Devam etmek için yeniden yükleyin.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation>Viki, uygulamanın tanımadığı bir hatayla yanıt verdi ({code}). Daha sonra yeniden yükleyin; sürerse ayrıntıları görmek için bu dosyayı elle yükleyin.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation>Vikiye ulaşılamadı. Bağlantıyı kontrol edin; yükleme kaldığı yerden sürdürülebilir.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation>Toplu yükleme dosyası bozuk ya da uygulamanın okuyamayacağı bir biçimde elle değiştirilmiş ({reason}). Son sağlam kopyasını açın (hemen yanındaki, aynı adı taşıyan ve .bak ile biten dosya) ya da elle yapılan değişikliği bir metin düzenleyicide geri alın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation>Toplu yükleme dosyası bir program çalıştırabilecek bir komut içeriyor ({reason}); bu yüzden okunmadı. Bunu oraya siz koymadıysanız son sağlam kopyayı kullanın (aynı adı taşıyan ve .bak ile biten dosya).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation>Toplu yükleme dosyası bu uygulamanın okumadığı kısaltmalar (&amp; ve * işaretleri) kullanıyor. Her değeri bir metin düzenleyicide kısaltmadan tam olarak yazın ya da son sağlam kopyayı (.bak) kullanın.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation>Toplu yükleme dosyası bu uygulamanın okumadığı kısaltılmış bir birleştirme (&lt;&lt;) kullanıyor. Her değeri bir metin düzenleyicide kısaltmadan tam olarak yazın ya da son sağlam kopyayı (.bak) kullanın.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation>Viki yeni dosya sayfasının numarasını henüz vermedi, bu yüzden altyazıları ve ifadeleri şimdi yazılamadı.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation>Oturum açmadınız ya da oturumun süresi doldu. Yeniden oturum açın.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation>Müze nesnesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation>Sayfanın müze şablonunun alanları. Sanatçı ya da kurum düz metin, {{Creator:William Blake}} gibi bir şablon ya da bir Vikiveri Q-kimliği olabilir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation>(seçili dosyalar arasında farklı)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation>%1 — toplu yükleme varsayılanlarından</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation>Müze tablosundan doldur</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>Tablolar (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation>%1 dosyasından doldur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation>%1. satır</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation>%1. satır, %2 sütunu: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation> … ve %1 tane daha</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation>Tabloda düzeltilmesi gereken hücreler:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation>Hiçbir şey atılmadı: dosyası olmayan satırlar tabloda kalır, satırı olmayan dosyalar eski bilgilerini korur. “Geri al” doldurmanın tamamını geri alır.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation>%1 — toplu yükleme varsayılanlarından</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+38"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Wikimedia Commons</source>
        <translation>Wikimedia Commons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation>Beta Commons (deneme için)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation>Yerel deneme vikisi (bu bilgisayarda)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation>Yeni bir toplu yüklemenin gideceği viki: birini seçin ya da herhangi bir MediaWiki sitesinin api.php adresini yazın. Açık toplu yüklemenin vikisi araç çubuğunda seçilir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose per batch</source>
        <translation>Her toplu yükleme için ayrı seç</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upload new batches to</source>
        <translation>Yeni toplu yüklemeleri şuraya yükle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation>Viki, bot parolası, yazar ve lisans, adım adım…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation>İlk çalıştırma yardımcısı: bot parolanızı denetleyebilir</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>ör. [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> px</source>
        <translation> piksel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the app</source>
        <translation>Uygulamanın dili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation>Varsayılan yazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation>Varsayılan lisans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Küçük resim boyutu</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation>Vikimetin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation>Yapısal veriler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation>Oluşturulan sayfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation>Yüklemeden sonra dosyaya yazılan altyazılar ve ifadeler (tasvir ettiği, lisans, tarih, konum…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation>JSON olarak göster (vikiye gönderilen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation>Vikinin göstereceği gibi göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation>Vikiden sayfayı oluşturmasını ister; orada hiçbir şey kaydedilmez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation>Gönderilecek sayfayı görmek için bir dosya seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation>Bir dosya seçin, sonra vikiden sayfasını oluşturmasını isteyin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation>Altyazı (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation>Tasvir ettiği</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation>Yaratıcı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation>Telif hakkı durumu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation>Dosyanın kaynağı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation>Fotoğrafın çekildiği yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation>Gösterilen yer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation>Reprodüksiyonu olduğu sanat eseri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation>Koleksiyon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation>Envanter numarası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation>Yazarın adı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation>Wikimedia kullanıcı adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation>Açıklandığı adres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation>Vikiye soruluyor…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Accept warning</source>
        <translation>Uyarıyı kabul et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation>Yine de yükle: seçili uyarı bu dosya için bir daha gösterilmez</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2.</source>
        <comment>errors to fix, warnings</comment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s) to fix before upload</source>
        <translation>
            <numerusform>Yüklemeden önce düzeltilmesi gereken %n hata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n uyarı</numerusform>
        </translation>
    </message>
    <message>
        <location line="-84"/>
        <source>(batch)</source>
        <translation>(toplu yükleme)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No problems.</source>
        <translation>Sorun yok.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation>&amp;Tamam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>İ&amp;ptal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation>Ayrıntıları Göster…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation>Ayrıntıları Gizle…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>At</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Yeniden Dene</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pyala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Bağlantı Konumunu Kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Sonraki &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation>Bul ve değiştir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Bul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Şununla değiştir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation>Tümünü değiştir</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation>Tüm &amp;sahneyi seç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation>Seçili fotoğrafla birlikte, aralarında 20 dakikalık bir ara ya da 300 m&apos;lik yürüyüş olmadan çekilmiş fotoğrafları seç (tuş: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation>Önce sahneden bir fotoğraf seçin.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation>
            <numerusform>Bu sahnenin %n fotoğrafı seçildi: şimdi yazdığınız her şey hepsine uygulanır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation>&amp;Benzer fotoğrafları yığınla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation>Her seri çekimi ya da neredeyse aynı kopyaları sayılarıyla birlikte tek bir fotoğraf olarak göster; üzerinde Boşluk tuşuna basınca karşılaştırılırlar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation>&amp;Her yığının en iyisini tut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation>Her yığında en çok yıldızı olan fotoğrafı (ya da daha önce seçilmiş olanı veya ilkini) seç, diğerlerini reddet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation>Benzer fotoğraflar aranıyor: %v / %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation>
            <numerusform>Benzer fotoğraflardan %n yığın oluşturuldu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation>Benzer fotoğraflar bulunamadı: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation>Seçili fotoğraf, benzer fotoğraflardan oluşan hiçbir yığında değil. Bunları bulmak için Düzen ▸ Benzer fotoğrafları yığınla seçeneğini açın.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation>dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>dosya adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation>planlanan başlık</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation>Sanatçı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Malzeme ve teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Boyutlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation>Envanter numarası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation>Atıf satırı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation>İzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation>Diğer sürümler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation>Tasvir edilen kişiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation>Tasvir edilen yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation>Yapıldığı yer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation>Buluntu yeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation>Eserin geçmişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation>Sergi geçmişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation>Yazıtlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Kaynakça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation>Vikiveri ögesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Fotoğrafçı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation>Eserin lisansı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation>Fotoğraf açıklaması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation>Fotoğrafın tarihi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation>Fotoğrafın lisansı</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation>
            <numerusform>%n benzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation>%1 sitesine yükle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation>Oturum aç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation>Yüklemeyi başlat</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation>Şu anda yüklenen dosyadan sonra dur; büyük bir dosya o anki parçasından sonra durur ve oradan devam eder</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation>Şu an yüklenen dosyadan sonra dur ve kapat; yüklenenler kayıtlı kalır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation>Başarısızları yeniden dene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation>Raporu kaydet (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation>Galeri vikimetnini kopyala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation>Dosya sayfası</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation>Dosyalar gönderilmeden önce inceleniyor…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation>%1 sitesinde oturum açık değil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation>%1 sitesinde %2 olarak oturum açıldı.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation>Oturum aç ve yükle…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation>%v / %m dosya</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation>Oturum açılamadı: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation>Dosyalar denetlendi; şimdi gönderiliyor.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation>%1 sn bekleniyor: bu hesap saatte yalnızca belirli sayıda dosya yükleyebilir (vikinin hız sınırı)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation>Viki meşgul; %1 %2 sn sonra yeniden deneniyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation>Viki yanıt vermedi; %1 %2 sn sonra yeniden denenecek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation>%1 yükleniyor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation>Şu an yüklenen dosyadan sonra duruluyor…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation>Yaklaşık %1 dk %2 sn kaldı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation>%1 yüklendi, %2 zaten vikide, %3 başarısız.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>Duraklatıldı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation>Bu vikide yapısal veri yok: altyazılar ve ifadeler yazılmadı.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation>Dosyalar gönderilmeden önce inceleniyor (hâlâ yerinde mi, içe aktarıldıktan sonra değişti mi): %1 / %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation>Yükleme günlüğü bozulmuştu. %1 olarak saklandı ve yenisine başlandı. Hiçbir şey kaybolmadı: vikide zaten olan dosyalar sağlama toplamlarıyla bulunur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation>Raporu kaydet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation>Rapor %1 olarak kaydedildi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation>Galeri vikimetni panoya kopyalandı.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation>Bu dosya gösterilemiyor: görüntüleyicinin okuyabildiği bir resim değil ya da hasarlı. Sorunlar listesinde dosyayı kontrol edin.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation>enlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>boylam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation>yön °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation>Bu yeri tarayıcınızda OpenStreetMap üzerinde göster</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation>yüklemeden çıkarıldı</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-39"/>
        <source>(differs between the selected files)</source>
        <translation>(seçili dosyalar arasında farklı)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove this language</source>
        <translation>Bu dili kaldır</translation>
    </message>
</context>
</TS>
