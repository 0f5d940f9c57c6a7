<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>About</name>
    <message>
        <location filename="../src/glamuploader/ui/about.py" line="+24"/>
        <source>New batches</source>
        <translation>الدفعات الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload journal (what reached the wiki, for resuming)</source>
        <translation>سجل الرفع (ما وصل إلى الويكي، للاستئناف)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbnails and lookups cache</source>
        <translation>الصور المصغَّرة وذاكرة البحث المؤقتة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch uploads of photos and scans to Wikimedia Commons, with structured data.</source>
        <translation>رفع الصور والمسوح الضوئية دفعاتٍ إلى ويكيميديا كومنز، مع البيانات الهيكلية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>برنامج حر بموجب ترخيص GNU GPL، الإصدار 3 أو أي إصدار أحدث.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your files live:</source>
        <translation>أين تُحفَظ ملفاتك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built on:</source>
        <translation>مبني على:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.</source>
        <translation>بعد حدوث انهيار: افتح التطبيق مرة أخرى. تُحفَظ دفعتك أولًا بأول أثناء عملك، ويعرف السجل أي الملفات وصلت إلى الويكي؛ فيتابع «رفع» دون أن يرسل أي ملف مرتين.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reviewed translations: %1.</source>
        <translation>الترجمات المُراجَعة: ⁨%1⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet reviewed by a native speaker: %1. Corrections are welcome (translations/README.md says how).</source>
        <translation>ترجمات لم يراجعها متحدث أصلي بعد: ⁨%1⁩. نرحّب بالتصحيحات (يشرح الملف ⁦translations/README.md⁩ كيفية ذلك).</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../src/glamuploader/ui/delegate.py" line="+19"/>
        <source>problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploading</source>
        <translation>قيد الرفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded</source>
        <translation>مرفوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uploaded, data pending</source>
        <translation>رُفع، البيانات معلّقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/tableview.py" line="+312"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>لصق ⁨%n⁩ خلية</numerusform>
            <numerusform>لصق خلية واحدة</numerusform>
            <numerusform>لصق خليتين</numerusform>
            <numerusform>لصق ⁨%n⁩ خلايا</numerusform>
            <numerusform>لصق ⁨%n⁩ خلية</numerusform>
            <numerusform>لصق ⁨%n⁩ خلية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill down</source>
        <translation>تعبئة إلى الأسفل</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace in %1</source>
        <translation>استبدال في ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <location line="-246"/>
        <source>Thumbnail</source>
        <translation>صورة مصغّرة</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit %1</source>
        <translation>تعديل ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../src/glamuploader/ui/curation.py" line="+67"/>
        <source>Go to the &amp;next photo after marking one</source>
        <translation>الا&amp;نتقال إلى الصورة التالية بعد وضع العلامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After P, X, U or a number of stars, the next photo is shown</source>
        <translation>بعد P أو X أو U أو عدد من النجوم، تُعرض الصورة التالية</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Select two to four photos to compare them side by side.</source>
        <translation>حدِّد من صورتين إلى أربع صور للمقارنة بينها جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Turn left</source>
        <translation>تدوير لليسار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn right</source>
        <translation>تدوير لليمين</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Keep one, reject %n other(s)</source>
        <translation>
            <numerusform>إبقاء صورة واحدة دون رفض أي صورة أخرى</numerusform>
            <numerusform>إبقاء صورة واحدة ورفض الأخرى</numerusform>
            <numerusform>إبقاء صورة واحدة ورفض الصورتين الأخريين</numerusform>
            <numerusform>إبقاء صورة واحدة ورفض ⁨%n⁩ صور أخرى</numerusform>
            <numerusform>إبقاء صورة واحدة ورفض ⁨%n⁩ صورة أخرى</numerusform>
            <numerusform>إبقاء صورة واحدة ورفض ⁨%n⁩ صورة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stars: %1</source>
        <translation>عدد النجوم: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark</source>
        <translation>إزالة العلامة</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/glamuploader/ui/demo.py" line="+12"/>
        <source>Starting the sandbox wiki and making sample photos… (the first time takes a minute)</source>
        <translation>جارٍ تشغيل ويكي التجربة وإنشاء صور نموذجية… (تستغرق المرة الأولى دقيقة)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample batch is aimed at the sandbox wiki on this computer.</source>
        <translation>الدفعة النموذجية موجَّهة إلى ويكي التجربة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="+146"/>
        <source>&amp;Description</source>
        <translation>&amp;الوصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;itle</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ption</source>
        <translation>ال&amp;شرح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Author</source>
        <translation>ا&amp;لمؤلف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;te</source>
        <translation>التا&amp;ريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>المص&amp;در</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Licence</source>
        <translation>الترخي&amp;ص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories</source>
        <translation>التص&amp;نيفات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depicts</source>
        <translation>يصوِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locatio&amp;n</source>
        <translation>المو&amp;قع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;mplates</source>
        <translation>القوال&amp;ب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page template</source>
        <translation>قالب الصفحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Privac&amp;y</source>
        <translation>ال&amp;خصوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version of</source>
        <translation>نسخة &amp;جديدة من</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken.</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY. إن تُرك فارغًا: تاريخ التقاط الصورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty for your own work; else the museum, book or web address.</source>
        <translation>اتركه فارغًا إن كان العمل من إنتاجك؛ وإلا فاكتب المتحف أو الكتاب أو عنوان الويب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name, without “Category:”</source>
        <translation>اسم التصنيف، دون “Category:”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item, e.g. Q42</source>
        <translation>عنصر ويكي بيانات، مثل Q42</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation>مثل {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence, author and categories for every file…</source>
        <translation>الترخيص والمؤلف والتصنيفات لكل ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload a better version of this file…</source>
        <translation>رفع نسخة أفضل من هذا الملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else goes up as a new file.</source>
        <translation>للتحسينات الطفيفة على الصورة نفسها فقط: دقة أعلى، أو ألوان أفضل، أو تقليل التشويش، أو تدوير. وأي شيء آخر يُرفَع ملفًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+37"/>
        <source>Send the file as it is</source>
        <translation>إرسال الملف كما هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the location (GPS) from the uploaded copy</source>
        <translation>إزالة الموقع (GPS) من النسخة المرفوعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove all camera data from the uploaded copy</source>
        <translation>إزالة كل بيانات الكاميرا من النسخة المرفوعة</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/editor/panel.py" line="-13"/>
        <source>Version s&amp;ummary</source>
        <translation>ملخص التعد&amp;يل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A cleaned copy is uploaded; the pixels and your original file are never changed.</source>
        <translation>تُرفَع نسخة منظَّفة؛ ولا تتغيَّر البكسلات ولا ملفك الأصلي أبدًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:Name.jpg on the wiki — empty for a new file</source>
        <translation>اسم الملف على الويكي بالشكل File:Name.jpg — اتركه فارغًا لملف جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commons allows a new version only for minor improvements of the same picture: better resolution, colour, noise or rotation. Anything else (another photo, a crop that changes what is shown) goes up as a new file. When in doubt, upload a new file.</source>
        <translation>لا يسمح كومنز بنسخة جديدة إلا لتحسينات طفيفة على الصورة نفسها: دقة أعلى، أو ألوان أفضل، أو تقليل التشويش، أو تدوير. وأي شيء آخر (صورة أخرى، أو قصّ يغيّر ما يظهر فيها) يُرفَع ملفًا جديدًا. إن كنت في شك، فارفع ملفًا جديدًا.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploaded as %1. Its page is edited on the wiki now.</source>
        <translation>رُفع باسم ⁨%1⁩. من الآن تُحرَّر صفحته على الويكي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the wiki as %1: it is not uploaded again.</source>
        <translation>موجود على الويكي بالفعل باسم ⁨%1⁩: لن يُرفَع مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are on the wiki. Their pages are edited there now.</source>
        <translation>هذه الملفات موجودة على الويكي. من الآن تُحرَّر صفحاتها هناك.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keywords from the file as categories: %1</source>
        <translation>الكلمات المفتاحية من الملف كتصنيفات: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each is checked on the wiki like any category; remove those that are not categories there.</source>
        <translation>يُفحَص كلٌّ منها على الويكي كأي تصنيف؛ أزِل ما ليس تصنيفًا هناك.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Museum field</source>
        <translation>حقل المتحف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one or more files to edit them.</source>
        <translation>حدِّد ملفًا أو أكثر لتحريره.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n files selected: a change applies to all of them.</source>
        <translation>
            <numerusform>لا ملفات محددة.</numerusform>
            <numerusform>ملف واحد محدد: التغيير يُطبَّق عليه.</numerusform>
            <numerusform>ملفان محددان: أي تغيير يُطبَّق على كليهما.</numerusform>
            <numerusform>⁨%n⁩ ملفات محددة: أي تغيير يُطبَّق عليها جميعًا.</numerusform>
            <numerusform>⁨%n⁩ ملفًا محددًا: أي تغيير يُطبَّق عليها جميعًا.</numerusform>
            <numerusform>⁨%n⁩ ملف محدد: أي تغيير يُطبَّق عليها جميعًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation>(يختلف بين الملفات المحددة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <source>%1 — from the batch defaults</source>
        <translation>⁨%1⁩ — من الإعدادات الافتراضية للدفعة</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>From the file: %1</source>
        <translation>من الملف: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be uploaded as: File:%1</source>
        <translation>سيُرفَع باسم: File:⁨%1⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken: %1</source>
        <translation>التُقطت: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the picture shows</source>
        <translation>ما تُظهره الصورة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+30"/>
        <source>The upload journal could not be written (%1). Nothing is lost: free some space on the disk or check the folder&apos;s permissions, then press Upload again.</source>
        <translation>تعذّرت كتابة سجل الرفع (⁨%1⁩). لم يُفقد شيء: أفرغ بعض المساحة على القرص أو تحقّق من صلاحيات المجلد، ثم اضغط «رفع» مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The batch could not be opened.</source>
        <translation>تعذَّر فتح الدفعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be saved. Check that the folder exists and that there is space on the disk.</source>
        <translation>تعذَّر حفظ الدفعة. تحقَّق من وجود المجلد ومن وجود مساحة على القرص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files could not be imported.</source>
        <translation>تعذَّر استيراد الملفات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch could not be checked.</source>
        <translation>تعذَّر فحص الدفعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload stopped.</source>
        <translation>توقَّف الرفع.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location line="-33"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depicts</source>
        <translation>يصوِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <location filename="../src/glamuploader/ui/firstrun.py" line="+186"/>
        <source>Logging in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged in as %1. Uploads will use this account.</source>
        <translation>سُجِّل الدخول باسم ⁨%1⁩. سيُستخدم هذا الحساب للرفع.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login failed: %1</source>
        <translation>فشل تسجيل الدخول: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools log in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can only do what you allow, and you can revoke it at any time.</source>
        <translation>تسجّل الأدوات الدخول بـ&lt;b&gt;كلمة مرور بوت&lt;/b&gt;، لا بكلمة مرورك الرئيسية: فهي لا تتيح إلا ما تسمح به أنت، ويمكنك إلغاؤها في أي وقت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the wiki, open &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;, make one named &lt;i&gt;glamuploader&lt;/i&gt; with the rights to edit, create pages and upload files, and enter here &lt;i&gt;YourName@glamuploader&lt;/i&gt; and the password the wiki shows you. &lt;a href=&quot;%2&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation>افتح على الويكي الصفحة &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt;، وأنشئ كلمة مرور بوت باسم &lt;i&gt;glamuploader&lt;/i&gt; مع صلاحيات التحرير وإنشاء الصفحات ورفع الملفات، ثم أدخِل هنا &lt;i&gt;YourName@glamuploader&lt;/i&gt; وكلمة المرور التي تعرضها لك الويكي. &lt;a href=&quot;%2&quot;&gt;كيف تعمل كلمات مرور البوت&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New batches will go to: %1</source>
        <translation>ستُرفع الدفعات الجديدة إلى: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author: %1</source>
        <translation>المؤلف: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation>الترخيص: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of this can be changed under Edit ▸ Preferences, and this assistant is under Help. The guide (Help ▸ Guide, F1) shows the common job step by step.</source>
        <translation>يمكن تغيير كل هذا من تحرير ▸ التفضيلات، وهذا المساعد موجود في قائمة مساعدة. ويعرض الدليل (مساعدة ▸ الدليل، F1) العمل المعتاد خطوة بخطوة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to GLAM Uploader</source>
        <translation>مرحبًا بك في GLAM Uploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which wiki?</source>
        <translation>أي ويكي؟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your bot password</source>
        <translation>كلمة مرور البوت الخاصة بك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author and licence</source>
        <translation>المؤلف والترخيص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>كل شيء جاهز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few questions, once. Each can be skipped with Next.</source>
        <translation>بضعة أسئلة، مرة واحدة فقط. ويمكن تخطي كل منها بزر «التالي».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where new batches are uploaded.</source>
        <translation>الويكي التي تُرفع إليها الدفعات الجديدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that uploads can start without asking. You can skip this and log in when you upload.</source>
        <translation>ليبدأ الرفع دون أن يسألك. يمكنك تخطي هذه الخطوة وتسجيل الدخول عند الرفع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What new batches start with; each file can still have its own.</source>
        <translation>القيم التي تبدأ بها الدفعات الجديدة؛ ويبقى بإمكان كل ملف أن تكون له قيمه الخاصة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can start.</source>
        <translation>يمكنك البدء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GLAM Uploader uploads photos and scans to Wikimedia Commons: many at once, with descriptions, categories and structured data, and shows every problem before anything is sent.</source>
        <translation>يرفع GLAM Uploader الصور والمسوح الضوئية إلى ويكيميديا كومنز: الكثير منها دفعةً واحدة، مع الأوصاف والتصنيفات والبيانات الهيكلية، ويعرض كل مشكلة قبل إرسال أي شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the app</source>
        <translation>&amp;لغة التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real Commons: what you upload is public at once.</source>
        <translation>كومنز الحقيقي: ما ترفعه يصبح متاحًا للجميع فورًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test copy of Commons, to try things out; it is emptied from time to time.</source>
        <translation>نسخة تجريبية من كومنز للتجربة؛ تُفرَّغ من حين لآخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A wiki on this computer, to try the app without an account (needs PHP and MediaWiki installed).</source>
        <translation>ويكي على هذا الحاسوب لتجربة التطبيق دون حساب (تتطلب تثبيت PHP وميدياويكي).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YourName@glamuploader</source>
        <translation>YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>مثل ⁦[[User:Name|Name]]⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>ا&amp;حفظ كلمة المرور في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check the login</source>
        <translation>تحقَّق من تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sandbox wiki&apos;s &amp;test account</source>
        <translation>استخدم حساب الا&amp;ختبار في ويكي التجربة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author is how you want to be credited, e.g. [[User:Name|Name]]. The licence applies to your own photos; for museum scans choose per file.</source>
        <translation>المؤلف هو الاسم الذي تريد أن يُنسب إليك العمل به، مثل ⁦[[User:Name|Name]]⁩. ينطبق الترخيص على صورك الخاصة؛ أما مسوح المتحف فاختر ترخيصها لكل ملف على حدة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Author</source>
        <translation>ال&amp;مؤلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Li&amp;cence</source>
        <translation>الترخي&amp;ص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose per batch</source>
        <translation>الاختيار لكل دفعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>تخطَّ</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/glamuploader/ui/gridview.py" line="+107"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the files as a table, a column per field, as in a spreadsheet</source>
        <translation>اعرض الملفات جدولًا، عمودًا لكل حقل، كما في جدول البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop photos or folders here, or use Import folder.

Then select files to describe them; the Problems panel below says what is still needed before upload.</source>
        <translation>أفلت الصور أو المجلدات هنا، أو استخدم «استيراد مجلد».

ثم اختر الملفات لوصفها؛ تخبرك لوحة المشكلات أدناه بما يلزم بعد قبل الرفع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file matches the filter. Clear the filter to see all files.</source>
        <translation>لا يطابق أي ملف التصفية. امسح التصفية لرؤية كل الملفات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by title, file name, description or category</source>
        <translation>تصفية حسب العنوان أو اسم الملف أو الوصف أو التصنيف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picked</source>
        <translation>المختارة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rejected</source>
        <translation>غير المرفوضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked yet</source>
        <translation>التي لم تُعلَّم بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With one star or more</source>
        <translation>بنجمة واحدة أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With three stars or more</source>
        <translation>بثلاث نجوم أو أكثر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort by file name</source>
        <translation>الترتيب حسب اسم الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by date taken</source>
        <translation>الترتيب حسب تاريخ الالتقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by title</source>
        <translation>الترتيب حسب العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sort by picks and stars</source>
        <translation>الترتيب حسب الاختيار والنجوم</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/guide.py" line="+41"/>
        <source>The common job</source>
        <translation>العمل المعتاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a folder of photos on the window, or use File ▸ Import folder. All the new files are selected.</source>
        <translation>أفلت مجلدًا من الصور على النافذة، أو استخدم ملف ▸ استيراد مجلد. تُحدَّد كل الملفات الجديدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With many files selected, what you type applies to all of them: choose the licence, type the author and a category (Enter adds it).</source>
        <translation>عند تحديد ملفات كثيرة، ينطبق ما تكتبه عليها جميعًا: اختر الترخيص، واكتب المؤلف وتصنيفًا (يضيفه مفتاح Enter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type one title for many files and they are numbered: &quot;Kazan walk 01&quot;, &quot;Kazan walk 02&quot;… Give a file its own description and caption where it needs one.</source>
        <translation>اكتب عنوانًا واحدًا لملفات كثيرة فتُرقَّم: «جولة في قازان 01»، «جولة في قازان 02»… وأعطِ الملف وصفه وشرحه الخاصَّين حيث يلزم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted.</source>
        <translation>انظر في لوحة المشكلات. يجب إصلاح الأخطاء (بالأحمر)؛ ويمكن قبول التحذيرات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Upload (%1), log in with your bot password, and watch the files go up. Each uploaded file links to its page on the wiki.</source>
        <translation>اضغط «رفع» (⁨%1⁩)، وسجِّل الدخول بكلمة مرور البوت، وتابع رفع الملفات. كل ملف مرفوع يرتبط بصفحته على الويكي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session kits</source>
        <translation>حزم الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session kit holds an event&apos;s defaults: licence, author, categories, depicts, the title pattern and the languages to offer. An organiser saves one with File ▸ Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open session kit before they import.</source>
        <translation>تحفظ حزمة الجلسة الإعدادات الافتراضية لفعالية ما: الترخيص، والمؤلف، والتصنيفات، وما يصوِّره الملف، ونمط العنوان، واللغات المعروضة. يحفظ المنظِّم حزمةً من ملف ▸ حفظ القيم الافتراضية كحزمة ويسلّمها إلى المتطوعين، فيفتحونها من ملف ▸ فتح حزمة جلسة قبل الاستيراد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File ▸ Batch defaults shows what every file of the batch starts with; a file&apos;s own value always wins.</source>
        <translation>يعرض ملف ▸ الإعدادات الافتراضية للدفعة ما يبدأ به كل ملف في الدفعة؛ والقيمة الخاصة بالملف هي المعتمدة دائمًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table of problems</source>
        <translation>جدول المشكلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything that would make an upload fail, or a reviewer on Commons complain, is listed before anything is sent: missing licence or author, titles the wiki refuses or that are taken, categories that do not exist, files that are already on the wiki, damaged images.</source>
        <translation>كل ما قد يُفشل الرفع أو يثير اعتراض مراجع في كومنز يُعرض قبل إرسال أي شيء: ترخيص أو مؤلف مفقود، وعناوين ترفضها الويكي أو مستخدمة من قبل، وتصنيفات غير موجودة، وملفات موجودة على الويكي مسبقًا، وصور تالفة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem shared by many files is one row; open it to see them. Double-click a row to go to the file and the field to mend. Upload stays off while errors remain.</source>
        <translation>المشكلة المشتركة بين ملفات كثيرة تظهر في صف واحد؛ افتحه لرؤية تلك الملفات. انقر نقرًا مزدوجًا على صف للانتقال إلى الملف والحقل المطلوب إصلاحه. يبقى الرفع معطّلًا ما دامت هناك أخطاء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choosing the best photos</source>
        <translation>اختيار أفضل الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space shows the selected photo filling the window; the arrows go on and back, Esc comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and press the arrows, to look around.</source>
        <translation>يعرض مفتاح المسافة الصورة المحددة بملء النافذة؛ وتنتقل الأسهم إلى الأمام وإلى الخلف، ويعيدك Esc. ويعرض Z الصورة بحجمها الفعلي (100%) عند موضع المؤشر؛ اسحبها، أو اضغط مع الاستمرار على Shift واضغط الأسهم، لتتنقل فيها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 give stars, and the next photo follows (Edit ▸ Go to the next photo after marking one). The list above the grid shows only the picks, what is not rejected, or the photos with stars.</source>
        <translation>P يختار، وX يرفض (الصورة المرفوضة لا تُفحص ولا تُرفع أبدًا)، وU يزيل العلامة، ومن 0 إلى 5 تمنح النجوم، ثم تأتي الصورة التالية (تحرير ▸ الانتقال إلى الصورة التالية بعد وضع العلامة). وتعرض القائمة فوق شبكة الصور المصغّرة الصور المختارة فقط، أو غير المرفوضة، أو ذات النجوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C compares two to four selected photos side by side, zoomed and moved together. Click the best one and press K: it is picked and the others are rejected.</source>
        <translation>يقارن C بين صورتين إلى أربع صور محددة جنبًا إلى جنب، وتُكبَّر وتُحرَّك معًا. انقر أفضلها واضغط K: فتُختار هي وتُرفض الأخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; Space on it compares them. Edit ▸ Keep the best of each stack picks the one with most stars in every stack and rejects the rest.</source>
        <translation>يعرض «تحرير ▸ جمع الصور المتشابهة في رزم» كل سلسلة لقطات متتابعة أو نسخ شبه متطابقة صورةً واحدة مع عددها؛ والضغط على مفتاح المسافة فوقها يقارن بينها. ويختار «تحرير ▸ إبقاء الأفضل من كل رزمة» في كل رزمة الصورة ذات أكثر النجوم ويرفض الباقي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: your file is not changed and no pixel is compressed again (JPEG photos only).</source>
        <translation>يدير ⁦[⁩ و⁦]⁩ الصورة ربع دورة. لا تُدار إلا النسخة المرسلة، بواسطة وسم الاتجاه: لا يتغير ملفك ولا يُعاد ضغط أي بكسل (لصور JPEG فقط).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of 300 m between them. What you then write in the editor goes to all of them.</source>
        <translation>يحدد S المشهد كله: الصور الملتقطة دون فاصل 20 دقيقة أو مشي 300 م بينها. وما تكتبه بعد ذلك ينطبق عليها جميعًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Museum spreadsheets</source>
        <translation>جداول بيانات المتاحف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan&apos;s .xls. Its columns are matched to the fields (you can change the match), each row to a file by name or accession number. Rows without a file and files without a row are named; nothing is dropped.</source>
        <translation>يقرأ ملف ▸ التعبئة من جدول بيانات المتحف ملفات CSV وXLSX وODS وملفات ‎.xls الخاصة ببرنامج Pattypan. تُطابَق أعمدة الجدول مع الحقول (ويمكنك تغيير المطابقة)، ويُطابَق كل صف مع ملف حسب الاسم أو رقم الجرد. تُذكر الصفوف التي بلا ملف والملفات التي بلا صف؛ ولا يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a crash or a lost connection</source>
        <translation>بعد انهيار أو انقطاع الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your batch is saved as you work. Open the app again: it reopens the batch.</source>
        <translation>تُحفَظ دفعتك أولًا بأول أثناء عملك. افتح التطبيق مرة أخرى: سيعيد فتح الدفعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upload journal knows which files reached the wiki. Press Upload again and it goes on with the rest; no file is sent twice. Pause stops after the file that is going up.</source>
        <translation>يعرف سجل الرفع أي الملفات وصلت إلى الويكي. اضغط «رفع» مرة أخرى فيتابع مع الباقي؛ ولا يُرسَل أي ملف مرتين. ويتوقف «إيقاف مؤقت» بعد الملف الذي يُرفع الآن.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: upload</source>
        <translation>⁨%1⁩: الرفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2: undo / redo</source>
        <translation>⁨%1⁩ / ⁨%2⁩: تراجع / إعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: import files; %2: import a folder</source>
        <translation>⁨%1⁩: استيراد ملفات؛ ⁨%2⁩: استيراد مجلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this guide</source>
        <translation>⁨%1⁩: هذا الدليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; the next photo is selected after each.</source>
        <translation>في شبكة الصور المصغّرة وفي الجدول: P للاختيار، X للرفض (لا يُرفع أبدًا)، U لإزالة العلامة، ومن 0 إلى 5 للنجوم؛ وتُحدَّد الصورة التالية بعد كل ضغطة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GLAM Uploader guide</source>
        <translation>دليل GLAM Uploader</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/kitdialog.py" line="+23"/>
        <source>Batch defaults</source>
        <translation>الإعدادات الافتراضية للدفعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These values apply to every file that does not have its own. Save them as a session kit to hand them to other volunteers.</source>
        <translation>تنطبق هذه القيم على كل ملف ليست له قيم خاصة به. احفظها كحزمة جلسة لتسليمها إلى متطوعين آخرين.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>مثلًا [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty for your own work</source>
        <translation>اتركه فارغًا لعملك الخاص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: {title}, {date}, {n:03} (a number), {original} (the file name), {description:en}, and the kit&apos;s own fields such as {institution}</source>
        <translation>الحقول: {title} و{date} و{n:03} (رقم) و{original} (اسم الملف) و{description:en} وحقول الحزمة الخاصة مثل {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One category a line</source>
        <translation>تصنيف واحد في كل سطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One template a line, e.g. {{Wiki Loves Monuments 2026|tr}}</source>
        <translation>قالب واحد في كل سطر، مثلًا {{Wiki Loves Monuments 2026|tr}}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the category “%1”</source>
        <translation>أضف التصنيف «⁨%1⁩»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the event or partnership</source>
        <translation>اسم الفعالية أو الشراكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title pattern</source>
        <translation>نمط العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description template</source>
        <translation>قالب الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories for every file</source>
        <translation>تصنيفات لكل ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates for every file</source>
        <translation>قوالب لكل ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy for every file</source>
        <translation>الخصوصية لكل ملف</translation>
    </message>
</context>
<context>
    <name>Kits</name>
    <message>
        <location filename="../src/glamuploader/ui/kits.py" line="+12"/>
        <source>Open session kit</source>
        <translation>فتح حزمة جلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Session kits (*.kit.yaml)</source>
        <translation>حزم الجلسات (*.kit.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save defaults as session kit</source>
        <translation>حفظ القيم الافتراضية كحزمة جلسة</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="+91"/>
        <source>Add language</source>
        <translation>إضافة لغة</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../src/glamuploader/ui/licensetexts.py" line="+12"/>
        <source>CC0 — no rights reserved</source>
        <translation>CC0 — دون حفظ أي حقوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 4.0 — attribution</source>
        <translation>CC BY 4.0 — نسب المُصنَّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 4.0 — attribution, share alike</source>
        <translation>CC BY-SA 4.0 — نسب المُصنَّف، المشاركة بالمثل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY-SA 3.0 — attribution, share alike (older version)</source>
        <translation>CC BY-SA 3.0 — نسب المُصنَّف، المشاركة بالمثل (إصدار أقدم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC BY 3.0 — attribution (older version)</source>
        <translation>CC BY 3.0 — نسب المُصنَّف (إصدار أقدم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 70 years ago</source>
        <translation>ملكية عامة — تُوفِّي المؤلف قبل أكثر من 70 عامًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — author died over 100 years ago</source>
        <translation>ملكية عامة — تُوفِّي المؤلف قبل أكثر من 100 عام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — photo of an old 2D artwork</source>
        <translation>ملكية عامة — صورة لعمل فني قديم ثنائي الأبعاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain in the USA — copyright expired</source>
        <translation>ملكية عامة في الولايات المتحدة — انتهت حقوق النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public domain — work of the US federal government</source>
        <translation>ملكية عامة — عمل للحكومة الفيدرالية الأمريكية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anyone may use the file for anything, without even naming you. Only for your own work.</source>
        <translation>يمكن لأي أحد استخدام الملف لأي غرض، دون حتى ذكر اسمك. لعملك الخاص فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone may use and change the file, also commercially, if they name the author.</source>
        <translation>يمكن لأي أحد استخدام الملف وتعديله، تجاريًا أيضًا، بشرط ذكر المؤلف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone may use and change the file, also commercially, if they name the author and share changed versions under the same licence. The usual choice on Commons.</source>
        <translation>يمكن لأي أحد استخدام الملف وتعديله، تجاريًا أيضًا، بشرط ذكر المؤلف ومشاركة النسخ المعدَّلة بالترخيص نفسه. الخيار المعتاد في كومنز.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As CC BY-SA 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation>مثل CC BY-SA 4.0؛ اختره فقط إذا نشر المصدر الملف بالإصدار 3.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CC BY 4.0; choose it only when the source released the file under version 3.0.</source>
        <translation>مثل CC BY 4.0؛ اختره فقط إذا نشر المصدر الملف بالإصدار 3.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 70 years ago. Give the author and the date of the work.</source>
        <translation>للأعمال التي تُوفِّي مؤلفها قبل أكثر من 70 عامًا. اذكر المؤلف وتاريخ العمل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works whose author died more than 100 years ago; safe in almost every country.</source>
        <translation>للأعمال التي تُوفِّي مؤلفها قبل أكثر من 100 عام؛ آمن في كل البلدان تقريبًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For faithful photos or scans of flat artworks (paintings, drawings, documents) whose author died more than 70 years ago.</source>
        <translation>للصور أو المسوح الأمينة للأعمال الفنية المسطحة (لوحات، رسومات، وثائق) التي تُوفِّي مؤلفها قبل أكثر من 70 عامًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For works published in the USA long enough ago that copyright has expired there.</source>
        <translation>للأعمال المنشورة في الولايات المتحدة منذ زمن كافٍ لانتهاء حقوق النشر فيها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For works made by US federal government employees in their duties.</source>
        <translation>للأعمال التي أنجزها موظفو الحكومة الفيدرالية الأمريكية في أثناء أداء مهامهم.</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/listfield.py" line="+78"/>
        <source>Add to selected</source>
        <translation>إضافة إلى المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — batch default, on every file</source>
        <translation>⁨%1⁩ — افتراضي للدفعة، على كل ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in File ▸ Batch defaults; every file of the batch gets it. Remove it there if it does not fit every photo.</source>
        <translation>يُضبط في ملف ▸ الإعدادات الافتراضية للدفعة؛ يحصل عليه كل ملف في الدفعة. أزله من هناك إن لم يناسب كل صورة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 of %3 files</source>
        <translation>⁨%1⁩ — في ⁨%2⁩ من أصل ⁨%3⁩ من الملفات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only some of the selected files have this. Add it again to give it to all of them.</source>
        <translation>بعض الملفات المحددة فقط تحمل هذا. أضِفه مرة أخرى ليشملها جميعًا.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../src/glamuploader/ui/messages.py" line="+33"/>
        <source>Enter your user name and bot password.</source>
        <translation>أدخِل اسم المستخدم وكلمة مرور البوت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki has no such account. Check the user name (for a bot password: YourName@Suffix).</source>
        <translation>لا يوجد حساب كهذا على الويكي. تحقَّق من اسم المستخدم (لكلمة مرور البوت: YourName@Suffix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wiki refused the password. Use the password Special:BotPasswords showed, with YourName@Suffix.</source>
        <translation>رفضت الويكي كلمة المرور. استخدم كلمة المرور التي عرضتها صفحة Special:BotPasswords مع YourName@Suffix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many login attempts. Wait a few minutes and try again.</source>
        <translation>محاولات دخول كثيرة جدًا. انتظر بضع دقائق ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not be reached. Check your connection.</source>
        <translation>تعذَّر الوصول إلى الويكي. تحقَّق من اتصالك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the login.</source>
        <translation>رفضت الويكي تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/logindialog.py" line="+13"/>
        <source>Log in to %1</source>
        <translation>تسجيل الدخول إلى ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in with a &lt;b&gt;bot password&lt;/b&gt;: on the wiki, open Special:BotPasswords, make one (e.g. named &lt;i&gt;glamuploader&lt;/i&gt;, with the rights to edit, create pages and upload files) and log in here as &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;How bot passwords work&lt;/a&gt;.</source>
        <translation>سجِّل الدخول باستخدام &lt;b&gt;كلمة مرور بوت&lt;/b&gt;: افتح على الويكي الصفحة Special:BotPasswords وأنشئ واحدة (مثلًا باسم &lt;i&gt;glamuploader&lt;/i&gt; مع صلاحيات التحرير وإنشاء الصفحات ورفع الملفات)، ثم سجِّل الدخول هنا باسم &lt;i&gt;YourName@glamuploader&lt;/i&gt;. &lt;a href=&quot;%1&quot;&gt;كيف تعمل كلمات مرور البوت&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>YourName@glamuploader</source>
        <translation>YourName@glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system keyring</source>
        <translation>احفظ كلمة المرور في حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the sandbox wiki&apos;s test account</source>
        <translation>استخدم حساب الاختبار في ويكي التجربة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+204"/>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>تحرير ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import &amp;files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in from a &amp;museum spreadsheet…</source>
        <translation>التعبئة من جدول بيا&amp;نات المتحف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open batch…</source>
        <translation>&amp;فتح دفعة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save batch &amp;as…</source>
        <translation>حفظ الدفعة &amp;باسم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open session &amp;kit…</source>
        <translation>فتح &amp;حزمة جلسة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save defaults as kit…</source>
        <translation>حفظ القيم الافتراضية كحزمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch &amp;defaults…</source>
        <translation>الإعدادات الافترا&amp;ضية للدفعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload…</source>
        <translation>&amp;رفع…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move from batch</source>
        <translation>إ&amp;زالة من الدفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New batch</source>
        <translation>&amp;دفعة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;About GLAM Uploader</source>
        <translation>&amp;حول GLAM Uploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>ال&amp;دليل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First-run assistant…</source>
        <translation>&amp;مساعد التشغيل الأول…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wiki</source>
        <translation>&amp;ويكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1, %2. Target: %3</source>
        <comment>files, errors, wiki</comment>
        <translation>⁨%1⁩، ⁨%2⁩. الوجهة: ⁨%3⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>⁨%n⁩ ملفات</numerusform>
            <numerusform>⁨%n⁩ ملفًا</numerusform>
            <numerusform>⁨%n⁩ ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>⁨%n⁩ أخطاء</numerusform>
            <numerusform>⁨%n⁩ خطأً</numerusform>
            <numerusform>⁨%n⁩ خطأ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is being opened by another program right now. Try again in a moment.</source>
        <translation>يجري فتح ⁨%1⁩ الآن في برنامج آخر. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n file(s) that are not photos or other media were left out: %1</source>
        <translation>
            <numerusform>لم يُستبعَد أي ملف لعدم كونه صورة أو وسائط أخرى: ⁨%1⁩</numerusform>
            <numerusform>استُبعِد ملف واحد لأنه ليس صورة ولا وسائط أخرى: ⁨%1⁩</numerusform>
            <numerusform>استُبعِد ملفان لأنهما ليسا صورًا ولا وسائط أخرى: ⁨%1⁩</numerusform>
            <numerusform>استُبعِدت ⁨%n⁩ ملفات لأنها ليست صورًا ولا وسائط أخرى: ⁨%1⁩</numerusform>
            <numerusform>استُبعِد ⁨%n⁩ ملفًا لأنها ليست صورًا ولا وسائط أخرى: ⁨%1⁩</numerusform>
            <numerusform>استُبعِد ⁨%n⁩ ملف لأنها ليست صورًا ولا وسائط أخرى: ⁨%1⁩</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>About GLAM Uploader</source>
        <translation>حول GLAM Uploader</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="+23"/>
        <source>A better version of %1</source>
        <translation>نسخة أفضل من ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/mainwindow.py" line="+17"/>
        <source>New version of %1</source>
        <translation>نسخة جديدة من ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>تغيّرت ⁨%n⁩ خلية.</numerusform>
            <numerusform>تغيّرت خلية واحدة.</numerusform>
            <numerusform>تغيّرت خليتان.</numerusform>
            <numerusform>تغيّرت ⁨%n⁩ خلايا.</numerusform>
            <numerusform>تغيّرت ⁨%n⁩ خلية.</numerusform>
            <numerusform>تغيّرت ⁨%n⁩ خلية.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change batch defaults</source>
        <translation>تغيير الإعدادات الافتراضية للدفعة</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n file(s)</source>
        <translation>
            <numerusform>إزالة ⁨%n⁩ ملف</numerusform>
            <numerusform>إزالة ملف واحد</numerusform>
            <numerusform>إزالة ملفين</numerusform>
            <numerusform>إزالة ⁨%n⁩ ملفات</numerusform>
            <numerusform>إزالة ⁨%n⁩ ملفًا</numerusform>
            <numerusform>إزالة ⁨%n⁩ ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n file(s) from the batch?</source>
        <translation>
            <numerusform>هل تريد إزالة ⁨%n⁩ ملف من الدفعة؟</numerusform>
            <numerusform>هل تريد إزالة ملف واحد من الدفعة؟</numerusform>
            <numerusform>هل تريد إزالة ملفين من الدفعة؟</numerusform>
            <numerusform>هل تريد إزالة ⁨%n⁩ ملفات من الدفعة؟</numerusform>
            <numerusform>هل تريد إزالة ⁨%n⁩ ملفًا من الدفعة؟</numerusform>
            <numerusform>هل تريد إزالة ⁨%n⁩ ملف من الدفعة؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are uploaded: the batch would no longer list their pages.</source>
        <translation>
            <numerusform>لم يُرفع أي منها: لن تفقد الدفعة أي صفحة.</numerusform>
            <numerusform>رُفع ملف واحد منها: لن تعرض الدفعة صفحته بعد الآن.</numerusform>
            <numerusform>رُفع ملفان منها: لن تعرض الدفعة صفحتيهما بعد الآن.</numerusform>
            <numerusform>رُفعت ⁨%n⁩ ملفات منها: لن تعرض الدفعة صفحاتها بعد الآن.</numerusform>
            <numerusform>رُفع ⁨%n⁩ ملفًا منها: لن تعرض الدفعة صفحاتها بعد الآن.</numerusform>
            <numerusform>رُفع ⁨%n⁩ ملف منها: لن تعرض الدفعة صفحاتها بعد الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them have titles, descriptions or other values you gave.</source>
        <translation>
            <numerusform>لا يحمل أي منها عنوانًا أو وصفًا أو قيمًا أخرى أعطيتها.</numerusform>
            <numerusform>لملف واحد منها عنوان أو وصف أو قيم أخرى أعطيتها.</numerusform>
            <numerusform>لملفين منها عناوين أو أوصاف أو قيم أخرى أعطيتها.</numerusform>
            <numerusform>لـ⁨%n⁩ ملفات منها عناوين أو أوصاف أو قيم أخرى أعطيتها.</numerusform>
            <numerusform>لـ⁨%n⁩ ملفًا منها عناوين أو أوصاف أو قيم أخرى أعطيتها.</numerusform>
            <numerusform>لـ⁨%n⁩ ملف منها عناوين أو أوصاف أو قيم أخرى أعطيتها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files on disk are not touched, and Undo puts them back.</source>
        <translation>لا تُمسّ الملفات على القرص، والتراجع يعيدها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Upload to:</source>
        <translation>الرفع إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki this batch goes to. Changing it can be undone.</source>
        <translation>الويكي التي تُرفع إليها هذه الدفعة. يمكن التراجع عن تغييرها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upload to %1</source>
        <translation>الرفع إلى ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Import fo&amp;lder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Will be uploaded as: File:%1</source>
        <translation>سيُرفَع باسم: File:⁨%1⁩</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Offline: suggestions come from earlier searches</source>
        <translation>غير متصل: الاقتراحات من عمليات بحث سابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki or Wikidata cannot be reached. Categories and items you choose now are checked again when back online.</source>
        <translation>لا يمكن الوصول إلى الويكي أو ويكي بيانات. ستُفحص التصنيفات والعناصر التي تختارها الآن من جديد عند عودة الاتصال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New batch</source>
        <translation>دفعة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation>⁨%1⁩ (للقراءة فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — GLAM Uploader</source>
        <translation>⁨%1⁩ — GLAM Uploader</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>another copy of GLAM Uploader</source>
        <translation>نسخة أخرى من GLAM Uploader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a glamuploader command</source>
        <translation>أمر glamuploader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is open in %2 (process %3 of %4 on %5, since %6). Only one may change it at a time. Open it read-only, to look without saving?</source>
        <translation>⁨%1⁩ مفتوح في ⁨%2⁩ (العملية ⁨%3⁩ للمستخدم ⁨%4⁩ على ⁨%5⁩، منذ ⁨%6⁩). لا يمكن أن يغيّره إلا واحد في كل مرة. هل تفتحه للقراءة فقط، للاطلاع دون حفظ؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open read-only</source>
        <translation>افتح للقراءة فقط</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The batch file was damaged (%1). Its last good copy was opened instead; the damaged file is kept as %2.</source>
        <translation>كان ملف الدفعة تالفًا (⁨%1⁩). فُتحت بدلًا منه آخر نسخة سليمة؛ وحُفظ الملف التالف باسم ⁨%2⁩.</translation>
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
            <numerusform>لم يُستورَد أي ملف.</numerusform>
            <numerusform>استُورِد ملف واحد.</numerusform>
            <numerusform>استُورِد ملفان.</numerusform>
            <numerusform>استُورِدت ⁨%n⁩ ملفات.</numerusform>
            <numerusform>استُورِد ⁨%n⁩ ملفًا.</numerusform>
            <numerusform>استُورِد ⁨%n⁩ ملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/glamuploader/ui/filechoosing.py" line="-10"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open batch</source>
        <translation>فتح دفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>GLAM Uploader batches (*.glam.yaml)</source>
        <translation>دفعات GLAM Uploader (*.glam.yaml)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save batch as</source>
        <translation>حفظ الدفعة باسم</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/mappingdialog.py" line="+22"/>
        <source>Columns of %1</source>
        <translation>أعمدة ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>⁨%n⁩ صف.</numerusform>
            <numerusform>صف واحد.</numerusform>
            <numerusform>صفان.</numerusform>
            <numerusform>⁨%n⁩ صفوف.</numerusform>
            <numerusform>⁨%n⁩ صفًا.</numerusform>
            <numerusform>⁨%n⁩ صف.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation>قُرئ بترميز ⁨%1⁩، والأعمدة مفصولة بـ«⁨%2⁩».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what each column is; a column left as “not used” is not read.</source>
        <translation>اختر ما يمثّله كل عمود؛ العمود المتروك «غير مستخدم» لا يُقرأ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not used</source>
        <translation>غير مستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file (name or path)</source>
        <translation>الملف (الاسم أو المسار)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extra template parameter “%1”</source>
        <translation>معامل قالب إضافي «⁨%1⁩»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>their order: the first row is the first file</source>
        <translation>ترتيبها: الصف الأول هو الملف الأول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Match rows to files by</source>
        <translation>طابق الصفوف مع الملفات حسب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the files</source>
        <translation>عبّئ الملفات</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/glamuploader/messages.py" line="+20"/>
        <source>The file is not there any more. Put it back, or remove it from the batch.</source>
        <translation>الملف لم يعد موجودًا. أعِده إلى مكانه أو أزِله من الدفعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}). Check that it is not open elsewhere and that you may read it.</source>
        <translation>تتعذَّر قراءة الملف ({reason}). تحقَّق من أنه غير مفتوح في مكان آخر ومن أن لديك إذنًا بقراءته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty (0 bytes). Copy it again from the camera or the source.</source>
        <translation>الملف فارغ (0 بايت). انسخه مجددًا من الكاميرا أو من المصدر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a kind of file Commons accepts (its content is not an image, sound, video or document we recognise).</source>
        <translation>هذا ليس نوعًا من الملفات يقبله كومنز (محتواه ليس صورة أو صوتًا أو فيديو أو مستندًا نتعرَّف عليه).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file seems cut short: the end of the image is missing. Copy it again from the source if you can.</source>
        <translation>يبدو أن الملف مبتور: نهاية الصورة مفقودة. انسخه مجددًا من المصدر إن أمكنك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged and cannot be opened as an image ({reason}). Copy it again from the source.</source>
        <translation>الملف تالف ولا يمكن فتحه كصورة ({reason}). انسخه مجددًا من المصدر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image says it is {width} × {height} pixels, more than {limit} pixels: it may be a decompression bomb. It was not opened.</source>
        <translation>تدَّعي الصورة أن أبعادها {width} × {height} بكسل، أي أكثر من {limit} بكسل: قد تكون قنبلة فكّ ضغط. لم تُفتح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name ends in .{extension} but the file is really {detected}. It will be uploaded as .{detected}.</source>
        <translation>ينتهي اسم الملف بـ .{extension} لكن الملف في الحقيقة {detected}. سيُرفَع على أنه .{detected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data (EXIF) in this file cannot be read ({reason}); the date and location must be entered by hand.</source>
        <translation>تتعذَّر قراءة بيانات الكاميرا (EXIF) في هذا الملف ({reason})؛ يجب إدخال التاريخ والموقع يدويًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera data field {tag} holds an impossible value ({value}); it was ignored.</source>
        <translation>يحمل حقل بيانات الكاميرا {tag} قيمة مستحيلة ({value})؛ تم تجاهلها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name contains invisible control or text-direction characters; they are left out of the title.</source>
        <translation>يحتوي اسم الملف على محارف تحكم أو اتجاه نص غير مرئية؛ لن تُضمَّن في العنوان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file says only when it was last changed ({modified}), not when the photo was taken. Give the date, or leave it empty.</source>
        <translation>لا يذكر الملف إلا وقت آخر تعديل له ({modified})، لا وقت التقاط الصورة. أدخِل التاريخ، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no title. Give it a title that says what the picture shows.</source>
        <translation>ليس للملف عنوان. أعطه عنوانًا يقول ما تُظهره الصورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is {bytes} bytes long; Commons allows {limit}. Shorten it (letters outside Latin take 2-4 bytes each).</source>
        <translation>طول العنوان {bytes} بايت؛ ويسمح كومنز بـ {limit}. اختصره (يشغل كل حرف غير لاتيني من 2 إلى 4 بايت).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short ({length} characters; at least {minimum}). Say what the picture shows.</source>
        <translation>العنوان قصير جدًا (عدد المحارف: {length}؛ والحد الأدنى {minimum}). قل ما تُظهره الصورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains characters that cannot be in a file name: {chars}. Remove or replace them.</source>
        <translation>يحتوي العنوان على محارف لا يمكن أن تكون في اسم ملف: {chars}. أزِلها أو استبدلها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title contains invisible characters ({chars}). Retype the title.</source>
        <translation>يحتوي العنوان على محارف غير مرئية ({chars}). أعِد كتابة العنوان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” looks like a name a camera gives; Commons refuses those. Give a title that says what the picture shows.</source>
        <translation>يبدو “{title}” اسمًا تعطيه الكاميرا؛ وكومنز يرفض مثل هذه الأسماء. أعطِ عنوانًا يقول ما تُظهره الصورة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is not in the normal Unicode form; it will be normalised.</source>
        <translation>العنوان ليس بصيغة يونيكود القياسية؛ ستتم تسويته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title ends in .{extension} but the file is .{expected}.</source>
        <translation>ينتهي العنوان بـ .{extension} لكن الملف من نوع .{expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another file of this batch has the same title ({other}). Make the titles different, e.g. with {{n}} in the title pattern.</source>
        <translation>ملف آخر في هذه الدفعة له العنوان نفسه ({other}). اجعل العناوين مختلفة، مثلًا باستخدام {{n}} في نمط العنوان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern uses {{{field}}}, which is not a known field.</source>
        <translation>يستخدم نمط العنوان {{{field}}}، وهو ليس حقلًا معروفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title pattern “{pattern}” cannot be used: check its braces {{ }} and field names.</source>
        <translation>لا يمكن استخدام نمط العنوان “{pattern}”: تحقَّق من أقواسه المعقوفة {{ }} ومن أسماء الحقول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is the same as {other} in this batch (same content). Remove one of them.</source>
        <translation>هذا الملف مطابق لـ {other} في هذه الدفعة (المحتوى نفسه). أزِل أحدهما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title ({reason}). Choose a more descriptive title.</source>
        <translation>لا تسمح الويكي بهذا العنوان ({reason}). اختر عنوانًا أكثر وصفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different file with this title is already on the wiki: {url}. Choose another title.</source>
        <translation>يوجد على الويكي بالفعل ملف مختلف بهذا العنوان: {url}. اختر عنوانًا آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licence is chosen. Choose the licence the author gave.</source>
        <translation>لم يُختر ترخيص. اختر الترخيص الذي منحه المؤلف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence “{license}” is not one this app knows. Choose one from the list.</source>
        <translation>الترخيص “{license}” ليس من التراخيص التي يعرفها هذا التطبيق. اختر واحدًا من القائمة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The licence {license} is only for your own work, but the source names someone else. Choose the licence the source gave.</source>
        <translation>الترخيص {license} مخصَّص لعملك الخاص فقط، لكن المصدر يذكر شخصًا آخر. اختر الترخيص الذي منحه المصدر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author is given. Name the photographer or creator.</source>
        <translation>لم يُذكر المؤلف. اذكر اسم المصوِّر أو المُنشئ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No source is given. Say where the file comes from (a museum, a book, a web address).</source>
        <translation>لم يُذكر المصدر. قل من أين جاء الملف (متحف، كتاب، عنوان ويب).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no description. Add one in at least one language.</source>
        <translation>لا يوجد وصف. أضِف وصفًا بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” is not a language code Commons knows.</source>
        <translation>“{language}” ليس رمز لغة يعرفه كومنز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{language}” cannot be a language code. Use a code like en, tr or ar.</source>
        <translation>لا يمكن أن يكون “{language}” رمز لغة. استخدم رمزًا مثل en أو tr أو ar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>“{value}” ليس تاريخًا. اكتبه بالشكل YYYY-MM-DD أو YYYY-MM أو YYYY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future. Check the camera&apos;s clock.</source>
        <translation>التاريخ {value} في المستقبل. تحقَّق من ساعة الكاميرا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no category. Add at least one so people can find it.</source>
        <translation>ليس للملف تصنيف. أضِف تصنيفًا واحدًا على الأقل ليتمكَّن الناس من إيجاده.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{category}” cannot be a category name.</source>
        <translation>لا يمكن أن يكون “{category}” اسم تصنيف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a Wikidata item id (like Q42).</source>
        <translation>“{value}” ليس معرِّف عنصر في ويكي بيانات (مثل Q42).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location {latitude}, {longitude} is not on Earth&apos;s map. Check latitude (−90…90) and longitude (−180…180).</source>
        <translation>الموقع {latitude}، {longitude} ليس على خريطة الأرض. تحقَّق من خط العرض (−90…90) وخط الطول (−180…180).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{template}” is not a single, complete template.</source>
        <translation>“{template}” ليس قالبًا واحدًا مكتملًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” cannot be used for {field} in structured data. Give a Wikidata item id (like Q42), a web address starting with https://, or a user name, as the field asks.</source>
        <translation>لا يمكن استخدام “{value}” في {field} ضمن البيانات الهيكلية. أدخِل معرِّف عنصر في ويكي بيانات (مثل Q42)، أو عنوان ويب يبدأ بـ https://، أو اسم مستخدم، حسب ما يطلبه الحقل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inventory number {value} is written to structured data only with the collection it belongs to. Add the collection&apos;s Wikidata item.</source>
        <translation>لا يُكتب رقم الجرد {value} في البيانات الهيكلية إلا مع المجموعة التي ينتمي إليها. أضِف عنصر المجموعة في ويكي بيانات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption in {language} is {length} characters long; Commons allows {limit}. Shorten it: the description can say more.</source>
        <translation>طول الشرح باللغة {language} هو {length} حرفًا، ويسمح كومنز بـ {limit} على الأكثر. اختصره: يمكن للوصف أن يقول المزيد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki as {title}: {url}. It will not be uploaded again.</source>
        <translation>هذا الملف نفسه موجود على الويكي بالفعل باسم {title}: {url}. لن يُرفَع مرة أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept .{extension} files.</source>
        <translation>لا تقبل الويكي ملفات .{extension}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size} bytes; the wiki accepts at most {limit}.</source>
        <translation>حجم الملف {size} بايت؛ والويكي تقبل {limit} على الأكثر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported. Import it again.</source>
        <translation>تغيَّر الملف على القرص منذ استيراده. استورده مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file changed on disk since it was imported ({changed}). Its facts were read again and the new file will be sent; check that the title and description still fit.</source>
        <translation>تغيَّر الملف على القرص منذ استيراده ({changed}). أُعيدت قراءة معلوماته وسيُرسَل الملف الجديد؛ تحقَّق من أن العنوان والوصف ما زالا مناسبَين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not the name of a file on the wiki. Give the file to replace as File:Name.jpg, or clear the field to upload a new file.</source>
        <translation>“{value}” ليس اسم ملف على الويكي. اكتب الملف المراد استبداله بالشكل File:Name.jpg، أو أفرِغ الحقل لرفع ملف جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {title} on the wiki to replace. Check the name, or clear “new version of” to upload a new file.</source>
        <translation>لا يوجد على الويكي ملف باسم {title} لاستبداله. تحقَّق من الاسم، أو أفرِغ حقل “نسخة جديدة من” لرفع ملف جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new version keeps the file type: {title} is .{expected}, this file is .{extension}. Upload it as a new file instead.</source>
        <translation>تحتفظ النسخة الجديدة بنوع الملف: {title} من نوع ⁦.{expected}⁩، وهذا الملف من نوع ⁦.{extension}⁩. ارفعه ملفًا جديدًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is marked as a new version of {title}. Run upload with --new-versions to replace that file, or clear the mark.</source>
        <translation>هذا الملف معلَّم كنسخة جديدة من {title}. شغِّل الأمر ⁦upload --new-versions⁩ لاستبدال ذلك الملف، أو أزِل العلامة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a privacy choice. Use “location” (remove the place) or “camera” (remove all camera data), or leave it empty.</source>
        <translation>“{value}” ليس خيارًا من خيارات الخصوصية. استخدم “location” (لإزالة المكان) أو “camera” (لإزالة كل بيانات الكاميرا)، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location or camera data cannot be removed from a .{kind} file without changing its pixels ({detail}). Remove it with another program, or clear the privacy choice.</source>
        <translation>لا يمكن إزالة الموقع أو بيانات الكاميرا من ملف ⁦.{kind}⁩ دون تغيير بكسلاته ({detail}). أزِلها ببرنامج آخر، أو ألغِ خيار الخصوصية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .{kind} file cannot be turned without changing its pixels: only JPEG photos are turned, by their orientation tag. Turn it in a photo editor and import it again, or set the turn back to none.</source>
        <translation>لا يمكن تدوير ملف ⁦.{kind}⁩ دون تغيير بكسلاته: لا تُدار إلا صور JPEG، بواسطة وسم الاتجاه. دوِّره في برنامج لتحرير الصور ثم استورده مجددًا، أو ألغِ التدوير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo could not be turned: {reason}. Export it again from the camera or editor, or set the turn back to none.</source>
        <translation>تعذَّر تدوير الصورة: {reason}. صدِّرها مجددًا من الكاميرا أو من برنامج التحرير، أو ألغِ التدوير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged where its camera data is kept ({detail}), so no cleaned copy could be made. Export it again from the camera or editor.</source>
        <translation>الملف تالف في الموضع الذي تُحفظ فيه بيانات الكاميرا ({detail})، لذا تعذَّر إنشاء نسخة منظَّفة. صدِّره مجددًا من الكاميرا أو من برنامج التحرير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Did you mean “{suggestion}”?</source>
        <translation>لا يوجد تصنيف “{category}” على الويكي. هل تقصد “{suggestion}”؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category “{category}” on the wiki. Check the spelling, choose an existing category, or create this one first.</source>
        <translation>لا يوجد تصنيف “{category}” على الويكي. تحقق من الإملاء، أو اختر تصنيفًا موجودًا، أو أنشئ هذا التصنيف أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “{category}” was moved to “{target}”. Use “{target}” instead.</source>
        <translation>نُقل التصنيف “{category}” إلى “{target}”. استخدم “{target}” بدلًا منه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} could not be confirmed as a Wikidata item (not found, or Wikidata could not be reached and it is not in the lookups cache). Check the Q-id.</source>
        <translation>تعذر التأكد من أن {value} عنصر في ويكي بيانات (لم يُعثر عليه، أو تعذر الوصول إلى ويكي بيانات وليس في ذاكرة البحث المؤقتة). تحقق من معرّف Q.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read ({reason}).</source>
        <translation>تتعذَّر قراءة الملف ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large to be a batch ({size} bytes).</source>
        <translation>الملف أكبر من أن يكون دفعة ({size} بايت).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value here is {size} bytes long; no field of a batch is longer than {limit}. Remove it in a text editor, or restore a copy.</source>
        <translation>طول قيمة هنا {size} بايت؛ ولا يتجاوز أي حقل في الدفعة {limit}. احذفها في محرّر نصوص، أو استعد نسخة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a {expected} file.</source>
        <translation>هذا ليس ملف {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has format {format}; this version of the app reads format {supported}. Update the app.</source>
        <translation>صيغة الملف {format}؛ وهذا الإصدار من التطبيق يقرأ الصيغة {supported}. حدِّث التطبيق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field “{field}” should be {expected}.</source>
        <translation>يجب أن يكون الحقل “{field}” {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet cannot be read ({reason}). Open it in your spreadsheet program and save it again as CSV, XLSX or ODS.</source>
        <translation>تعذّرت قراءة جدول البيانات ({reason}). افتحه في برنامج الجداول واحفظه من جديد بصيغة CSV أو XLSX أو ODS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spreadsheet has no header row. Its first row should name the columns (for example “accession number”, “title”).</source>
        <translation>لا يحتوي جدول البيانات على صف عناوين. يجب أن يسمّي الصف الأول الأعمدة (مثل «رقم الجرد» و«العنوان»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A different file already has this title on the wiki. Choose another title.</source>
        <translation>يحمل ملف مختلف هذا العنوان على الويكي بالفعل. اختر عنوانًا آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not allow this title. Choose a more descriptive title.</source>
        <translation>لا تسمح الويكي بهذا العنوان. اختر عنوانًا أكثر وصفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has characters a file name on the wiki cannot have. Change the title.</source>
        <translation>يحتوي العنوان على محارف لا يقبلها اسم ملف على الويكي. غيّر العنوان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too short for the wiki. Give a longer, descriptive title.</source>
        <translation>العنوان قصير جدًا بالنسبة للويكي. اكتب عنوانًا أطول وأكثر وصفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is too long for the wiki. Shorten it.</source>
        <translation>العنوان طويل جدًا بالنسبة للويكي. اختصره.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title has no file extension the wiki accepts for this file. Check the file type.</source>
        <translation>لا يحمل العنوان امتدادًا تقبله الويكي لهذا الملف. تحقّق من نوع الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki does not accept this type of file.</source>
        <translation>لا تقبل الويكي هذا النوع من الملفات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki discourages this type of file. Convert it to a preferred format.</source>
        <translation>لا تحبّذ الويكي هذا النوع من الملفات. حوّله إلى صيغة مفضّلة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki found the file&apos;s content does not match its type, or it is damaged.</source>
        <translation>وجدت الويكي أن محتوى الملف لا يطابق نوعه، أو أنه تالف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than the wiki accepts.</source>
        <translation>الملف أكبر مما تقبله الويكي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty. Check that it was copied completely.</source>
        <translation>الملف فارغ. تحقّق من أنه نُسخ كاملًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer where it was imported from. Put it back, or remove it from the batch.</source>
        <translation>لم يعد الملف في المكان الذي استورد منه. أعده إلى مكانه، أو أزله من الدفعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file is already on the wiki.</source>
        <translation>هذا الملف نفسه موجود على الويكي مسبقًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file with this title was deleted from the wiki before. Check why before uploading again.</source>
        <translation>حُذف من الويكي سابقًا ملف بهذا العنوان. تحقَّق من السبب قبل الرفع مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exact file was uploaded before and deleted. Check why before uploading again.</source>
        <translation>رُفع هذا الملف نفسه سابقًا ثم حُذف. تحقَّق من السبب قبل الرفع مجددًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title starts like a camera file name. Give a descriptive title.</source>
        <translation>يبدأ العنوان كاسم ملف من الكاميرا. أعطِ عنوانًا وصفيًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki changed the title because it had characters a file name cannot have.</source>
        <translation>غيَّرت الويكي العنوان لأنه احتوى على محارف لا يمكن أن تكون في اسم ملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file looks like a thumbnail of another file. Upload the full-size original.</source>
        <translation>يبدو الملف صورة مصغّرة لملف آخر. ارفع الأصل بحجمه الكامل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title looks like a thumbnail&apos;s name (it starts with a size). Change the title.</source>
        <translation>يبدو العنوان اسم صورة مصغّرة (يبدأ بمقاس). غيّر العنوان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads are switched off on this wiki.</source>
        <translation>الرفع معطّل على هذه الويكي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki refused the file without saying why. Try again later, or upload it by hand to see the reason.</source>
        <translation>رفضت الويكي الملف دون ذكر السبب. حاول لاحقًا، أو ارفعه يدويًا لترى السبب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki asked us to slow down (rate limit) and the file was tried several times. Upload again later to go on.</source>
        <translation>طلبت الويكي الإبطاء (حدّ المعدل) وجُرّب الملف عدة مرات. ارفع مرة أخرى لاحقًا للمتابعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki&apos;s servers were too busy and the file was tried several times. Upload again later to go on.</source>
        <translation>كانت خوادم الويكي مشغولة جدًا وجُرّب الملف عدة مرات. ارفع مرة أخرى لاحقًا للمتابعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki is read-only for maintenance. Upload again later to go on.</source>
        <translation>الويكي للقراءة فقط بسبب الصيانة. ارفع مرة أخرى لاحقًا للمتابعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki could not keep the file&apos;s pieces (chunks). Upload again to go on.</source>
        <translation>لم تتمكّن الويكي من حفظ أجزاء الملف. ارفع مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login session ended and could not be renewed in time. Upload again to go on.</source>
        <translation>انتهت جلسة الدخول ولم يتسنَّ تجديدها في الوقت المناسب. ارفع مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The wiki answered with an error the app does not know ({code}). Upload again later; if it stays, upload this file by hand to see more.</source>
        <extracomment>for an error code the app has no words for: the wiki&apos;s code and text, and what to do</extracomment>
        <translation>ردّت الويكي بخطأ لا يعرفه التطبيق ({code}). ارفع مرة أخرى لاحقًا؛ وإن استمر، فارفع هذا الملف يدويًا لمعرفة المزيد.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The wiki could not be reached. Check the connection; the upload can be resumed.</source>
        <translation>تعذَّر الوصول إلى الويكي. تحقَّق من الاتصال؛ يمكن استئناف الرفع.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The batch file is damaged or was changed by hand in a way the app cannot read ({reason}). Open its last good copy (the same name ending in .bak, beside it), or undo the hand edit in a text editor.</source>
        <translation>ملف الدفعة تالف أو عُدِّل يدويًا بطريقة لا يستطيع التطبيق قراءتها ({reason}). افتح آخر نسخة سليمة منه (الملف المجاور له الذي يحمل الاسم نفسه وينتهي بـ ‎.bak)، أو تراجَع عن التعديل اليدوي في محرِّر نصوص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file holds an instruction that could run a program ({reason}), so it was not read. If you did not put it there, use the last good copy (the same name ending in .bak).</source>
        <translation>يحتوي ملف الدفعة على تعليمة قد تشغِّل برنامجًا ({reason})، لذا لم يُقرأ. إن لم تضعها أنت هناك، فاستخدم آخر نسخة سليمة (الملف الذي يحمل الاسم نفسه وينتهي بـ ‎.bak).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses shorthand (&amp; and * marks) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation>يستخدم ملف الدفعة اختصارات (العلامتان &amp; و*) لا يقرؤها هذا التطبيق. اكتب كل قيمة كاملةً في محرِّر نصوص، أو استخدم آخر نسخة سليمة (‎.bak).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch file uses a shorthand merge (&lt;&lt;) that this app does not read. Write each value out in full in a text editor, or use the last good copy (.bak).</source>
        <translation>يستخدم ملف الدفعة دمجًا مختصرًا (‎&lt;&lt;‎) لا يقرؤه هذا التطبيق. اكتب كل قيمة كاملةً في محرِّر نصوص، أو استخدم آخر نسخة سليمة (‎.bak).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The wiki has not yet given the number of the new file page, so its captions and statements could not be written now.</source>
        <extracomment>why one file was not uploaded, by ``UploadOutcome.error`` (see wiki/upload.py); the wiki&apos;s own words follow in brackets</extracomment>
        <translation>لم تُعطِ الويكي بعدُ رقم صفحة الملف الجديدة، لذا تعذّرت كتابة الشروح والبيانات الآن.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are not logged in, or the session expired. Log in again.</source>
        <translation>لم تسجِّل الدخول، أو انتهت الجلسة. سجِّل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>MuseumFields</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+35"/>
        <source>Museum object</source>
        <translation>قطعة متحفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fields of the page&apos;s museum template. An artist or institution can be text, a template such as {{Creator:William Blake}}, or a Wikidata Q-id.</source>
        <translation>حقول القالب المتحفي للصفحة. يمكن أن يكون الفنان أو المؤسسة نصًا، أو قالبًا مثل {{Creator:William Blake}}، أو معرّف Q من ويكي بيانات.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(differs between the selected files)</source>
        <translation>(يختلف بين الملفات المحددة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — from the batch defaults</source>
        <translation>⁨%1⁩ — من الإعدادات الافتراضية للدفعة</translation>
    </message>
</context>
<context>
    <name>MuseumSheet</name>
    <message>
        <location filename="../src/glamuploader/ui/museumsheet.py" line="+18"/>
        <location line="+55"/>
        <source>Fill in from a museum spreadsheet</source>
        <translation>التعبئة من جدول بيانات المتحف</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</source>
        <translation>جداول البيانات (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in from %1</source>
        <translation>التعبئة من ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>row %1</source>
        <translation>الصف ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column %2: %3</source>
        <translation>الصف ⁨%1⁩، العمود ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source> … and %1 more</source>
        <translation> … و⁨%1⁩ غيرها</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cells to mend in the spreadsheet:</source>
        <translation>خلايا يجب إصلاحها في جدول البيانات:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was dropped: rows without a file stay in the spreadsheet, and files without a row keep what they had. Undo takes the whole filling back.</source>
        <translation>لم يُحذف شيء: تبقى الصفوف التي بلا ملف في جدول البيانات، وتحتفظ الملفات التي بلا صف بما كان فيها. التراجع يُلغي التعبئة كلها.</translation>
    </message>
</context>
<context>
    <name>PageTemplateBox</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/museumfields.py" line="+48"/>
        <source>%1 — from the batch defaults</source>
        <translation>⁨%1⁩ — من الإعدادات الافتراضية للدفعة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/preferences.py" line="+38"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Wikimedia Commons</source>
        <translation>ويكيميديا كومنز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta Commons (for testing)</source>
        <translation>كومنز التجريبي (للاختبار)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local sandbox wiki (on this computer)</source>
        <translation>ويكي التجربة المحلية (على هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The wiki a new batch goes to: choose one, or type the address of any MediaWiki&apos;s api.php. The open batch&apos;s wiki is chosen in the toolbar.</source>
        <translation>الويكي التي تُرفع إليها الدفعات الجديدة: اختر واحدة أو اكتب عنوان api.php لأي ميدياويكي. تُختار ويكي الدفعة المفتوحة من شريط الأدوات.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose per batch</source>
        <translation>الاختيار لكل دفعة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upload new batches to</source>
        <translation>ارفع الدفعات الجديدة إلى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wiki, bot password, author and licence, step by step…</source>
        <translation>الويكي وكلمة مرور البوت والمؤلف والترخيص، خطوة بخطوة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first-run assistant: it can check your bot password</source>
        <translation>مساعد التشغيل الأول: يمكنه التحقق من كلمة مرور البوت الخاصة بك</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>e.g. [[User:Name|Name]]</source>
        <translation>مثل [[User:Name|Name]]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default author</source>
        <translation>المؤلف الافتراضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default licence</source>
        <translation>الترخيص الافتراضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>حجم الصور المصغَّرة</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/previewpanel.py" line="+53"/>
        <source>Wikitext</source>
        <translation>نص الويكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structured data</source>
        <translation>البيانات الهيكلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendered page</source>
        <translation>الصفحة المعروضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions and statements (depicts, licence, date, location…) written to the file after upload.</source>
        <translation>الشروح والبيانات (يصوِّر، الترخيص، التاريخ، الموقع…) التي تُكتب في الملف بعد الرفع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as JSON (what is sent to the wiki)</source>
        <translation>عرض بصيغة JSON (ما يُرسَل إلى الويكي)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show it as the wiki renders it</source>
        <translation>اعرضها كما ستعرضها الويكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the wiki to render the page; nothing is saved there</source>
        <translation>يطلب من الويكي عرض الصفحة؛ لا يُحفظ هناك أي شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see the page that will be sent.</source>
        <translation>حدِّد ملفًا لترى الصفحة التي ستُرسَل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one file, then ask the wiki to render its page.</source>
        <translation>اختر ملفًا واحدًا، ثم اطلب من الويكي عرض صفحته.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption (%1)</source>
        <translation>الشرح (⁨%1⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depicts</source>
        <translation>يصوِّر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation>المُنشئ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright status</source>
        <translation>حالة حقوق النشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of file</source>
        <translation>مصدر الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the photo was taken</source>
        <translation>مكان التقاط الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place shown</source>
        <translation>المكان المصوَّر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reproduces the artwork</source>
        <translation>يستنسخ العمل الفني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventory number</source>
        <translation>رقم الجرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author&apos;s name</source>
        <translation>اسم المؤلف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wikimedia user name</source>
        <translation>اسم المستخدم في ويكيميديا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Described at</source>
        <translation>موصوف في</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asking the wiki…</source>
        <translation>جارٍ سؤال الويكي…</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/problemspanel.py" line="+87"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Accept warning</source>
        <translation>قبول التحذير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload anyway: the selected warning is not shown again for this file</source>
        <translation>الرفع على أي حال: لن يظهر التحذير المحدد مجددًا لهذا الملف</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2.</source>
        <comment>errors to fix, warnings</comment>
        <translation>⁨%1⁩، ⁨%2⁩.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s) to fix before upload</source>
        <translation>
            <numerusform>لا أخطاء يلزم إصلاحها قبل الرفع</numerusform>
            <numerusform>خطأ واحد يلزم إصلاحه قبل الرفع</numerusform>
            <numerusform>خطآن يلزم إصلاحهما قبل الرفع</numerusform>
            <numerusform>⁨%n⁩ أخطاء يلزم إصلاحها قبل الرفع</numerusform>
            <numerusform>⁨%n⁩ خطأً يلزم إصلاحها قبل الرفع</numerusform>
            <numerusform>⁨%n⁩ خطأ يلزم إصلاحها قبل الرفع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>⁨%n⁩ تحذيرات</numerusform>
            <numerusform>⁨%n⁩ تحذيرًا</numerusform>
            <numerusform>⁨%n⁩ تحذير</numerusform>
        </translation>
    </message>
    <message>
        <location line="-84"/>
        <source>(batch)</source>
        <translation>(الدفعة)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No problems.</source>
        <translation>لا مشكلات.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/glamuploader/ui/qtwords.py" line="+20"/>
        <source>&amp;OK</source>
        <translation>&amp;حسنًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>أل&amp;غِ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>أل&amp;صق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+3"/>
        <source>Show Details...</source>
        <translation>أظهر التّفاصيل...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Details...</source>
        <translation>أخفِ التّفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>طبّق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>صفّر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>حاول مجدّدًا</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy &amp;Link Location</source>
        <translation>انسخ و&amp;صلة المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="-7"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سّابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تّالي &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>أن&amp;هِ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../src/glamuploader/ui/replacedialog.py" line="+11"/>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In column</source>
        <translation>في العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>ابحث عن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>استبدل بـ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all</source>
        <translation>استبدل الكل</translation>
    </message>
</context>
<context>
    <name>Scenes</name>
    <message>
        <location filename="../src/glamuploader/ui/scenes.py" line="+29"/>
        <source>Select the &amp;whole scene</source>
        <translation>تحديد ال&amp;مشهد كله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the photos taken with the selected one, without a gap of 20 minutes or 300 m walked between them (key: S)</source>
        <translation>تحديد الصور الملتقطة مع الصورة المحددة، دون فاصل 20 دقيقة أو مشي 300 م بينها (المفتاح: S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a photo of the scene first.</source>
        <translation>حدِّد صورة من المشهد أولًا.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n photo(s) of this scene selected: what you write in the editor now goes to all of them.</source>
        <translation>
            <numerusform>لم تُحدَّد أي صورة من هذا المشهد.</numerusform>
            <numerusform>حُدِّدت صورة واحدة من هذا المشهد: ما تكتبه الآن ينطبق عليها.</numerusform>
            <numerusform>حُدِّدت صورتان من هذا المشهد: ما تكتبه الآن ينطبق على كلتيهما.</numerusform>
            <numerusform>حُدِّدت ⁨%n⁩ صور من هذا المشهد: ما تكتبه الآن ينطبق عليها جميعًا.</numerusform>
            <numerusform>حُدِّدت ⁨%n⁩ صورة من هذا المشهد: ما تكتبه الآن ينطبق عليها جميعًا.</numerusform>
            <numerusform>حُدِّدت ⁨%n⁩ صورة من هذا المشهد: ما تكتبه الآن ينطبق عليها جميعًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stacks</name>
    <message>
        <location filename="../src/glamuploader/ui/stacks.py" line="+64"/>
        <source>&amp;Stack similar photos</source>
        <translation>&amp;جمع الصور المتشابهة في رزم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each burst or near-duplicate as one photo with a count; Space on it compares them</source>
        <translation>عرض كل سلسلة لقطات متتابعة أو نسخ شبه متطابقة صورةً واحدة مع عددها؛ والضغط على مفتاح المسافة فوقها يقارن بينها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the best of each stack</source>
        <translation>إ&amp;بقاء الأفضل من كل رزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every stack, pick the photo with most stars (or the one picked, or the first) and reject the others</source>
        <translation>اختيار الصورة ذات أكثر النجوم في كل رزمة (أو المختارة من قبل، أو الأولى) ورفض الأخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding similar photos: %v of %m</source>
        <translation>جارٍ البحث عن الصور المتشابهة: %v من %m</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n stack(s) of similar photos.</source>
        <translation>
            <numerusform>لا رزم من الصور المتشابهة.</numerusform>
            <numerusform>رزمة واحدة من الصور المتشابهة.</numerusform>
            <numerusform>رزمتان من الصور المتشابهة.</numerusform>
            <numerusform>⁨%n⁩ رزم من الصور المتشابهة.</numerusform>
            <numerusform>⁨%n⁩ رزمة من الصور المتشابهة.</numerusform>
            <numerusform>⁨%n⁩ رزمة من الصور المتشابهة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similar photos could not be found: %1</source>
        <translation>تعذَّر العثور على صور متشابهة: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The selected photo is in no stack of similar photos. Turn on Edit ▸ Stack similar photos to find them.</source>
        <translation>الصورة المحددة ليست في أي رزمة من الصور المتشابهة. فعِّل «تحرير ▸ جمع الصور المتشابهة في رزم» للعثور عليها.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../src/glamuploader/ui/tableview.py" line="+29"/>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned title</source>
        <translation>العنوان المخطط</translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message>
        <location filename="../src/glamuploader/ui/fieldnames.py" line="+11"/>
        <source>Artist</source>
        <translation>الفنان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>المواد والتقنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession number</source>
        <translation>رقم الجرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit line</source>
        <translation>سطر الإسناد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation>الإذن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Other versions</source>
        <translation>النسخ الأخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted people</source>
        <translation>الأشخاص المصوَّرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depicted place</source>
        <translation>المكان المصوَّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of creation</source>
        <translation>مكان الصنع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of discovery</source>
        <translation>مكان الاكتشاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object history</source>
        <translation>تاريخ القطعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition history</source>
        <translation>سجل المعارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscriptions</source>
        <translation>النقوش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wikidata item</source>
        <translation>عنصر ويكي بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>المصوِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the artwork</source>
        <translation>ترخيص العمل الفني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo description</source>
        <translation>وصف الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the photo</source>
        <translation>تاريخ الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the photo</source>
        <translation>ترخيص الصورة</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../src/glamuploader/ui/delegate.py" line="+105"/>
        <source>%n similar</source>
        <translation>
            <numerusform>مشابهة: ⁨%n⁩</numerusform>
            <numerusform>مشابهة: ⁨%n⁩</numerusform>
            <numerusform>مشابهة: ⁨%n⁩</numerusform>
            <numerusform>مشابهة: ⁨%n⁩</numerusform>
            <numerusform>مشابهة: ⁨%n⁩</numerusform>
            <numerusform>مشابهة: ⁨%n⁩</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message>
        <location filename="../src/glamuploader/ui/uploadpanel.py" line="+96"/>
        <source>Upload to %1</source>
        <translation>الرفع إلى ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Start upload</source>
        <translation>بدء الرفع</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+164"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the file that is going up now; a big file stops after its current chunk and goes on from there</source>
        <translation>توقّف بعد الملف الذي يُرفع الآن؛ الملف الكبير يتوقف بعد الجزء الحالي ويُستأنف من هناك</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Stop after the file that is going up now and close; what was uploaded stays recorded</source>
        <translation>توقف بعد الملف الذي يُرفع الآن وأغلق؛ يبقى ما رُفع مسجّلًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed</source>
        <translation>إعادة محاولة الفاشلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report (CSV)…</source>
        <translation>حفظ التقرير (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy gallery wikitext</source>
        <translation>نسخ نص الويكي للمعرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File page</source>
        <translation>صفحة الملف</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending…</source>
        <translation>جارٍ فحص الملفات قبل إرسالها…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not logged in to %1.</source>
        <translation>لم يُسجَّل الدخول إلى ⁨%1⁩.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in to %1 as %2.</source>
        <translation>سُجِّل الدخول إلى ⁨%1⁩ باسم ⁨%2⁩.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in and upload…</source>
        <translation>سجّل الدخول وارفع…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m files</source>
        <translation>الملفات: %v من %m</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Logging in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Login failed: %1</source>
        <translation>فشل تسجيل الدخول: ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files are checked; sending them now.</source>
        <translation>فُحصت الملفات؛ يجري إرسالها الآن.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Waiting %1 s: this account may upload only so many files an hour (the wiki&apos;s rate limit)</source>
        <translation>انتظار ⁨%1⁩ ث: لا يمكن لهذا الحساب رفع إلا عدد محدود من الملفات في الساعة (حد معدل الويكي)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wiki is busy; trying %1 again in %2 s</source>
        <translation>الويكي مشغولة؛ ستُعاد محاولة ⁨%1⁩ بعد ⁨%2⁩ ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wiki did not answer; trying %1 again in %2 s</source>
        <translation>لم تستجب الويكي؛ ستُعاد محاولة ⁨%1⁩ بعد ⁨%2⁩ ث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uploading %1</source>
        <translation>جارٍ رفع ⁨%1⁩</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the file that is going up now…</source>
        <translation>جارٍ التوقف بعد الملف الذي يُرفع الآن…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About %1 min %2 s left</source>
        <translation>بقي نحو ⁨%1⁩ د ⁨%2⁩ ث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uploaded, %2 already on the wiki, %3 failed.</source>
        <translation>رُفع: ⁨%1⁩، موجود على الويكي مسبقًا: ⁨%2⁩، فشل: ⁨%3⁩.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused.</source>
        <translation>متوقف مؤقتًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wiki has no structured data: captions and statements were not written.</source>
        <translation>لا تدعم هذه الويكي البيانات الهيكلية: لم تُكتب الشروح والبيانات.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking at the files before sending (still there, changed since import): %1 of %2…</source>
        <translation>جارٍ فحص الملفات قبل إرسالها (هل ما زالت موجودة، وهل تغيَّرت منذ الاستيراد): ⁨%1⁩ من ⁨%2⁩…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The upload journal was damaged. It is kept as %1 and a new one was begun. Nothing is lost: files already on the wiki are found by their checksum.</source>
        <translation>كان سجل الرفع تالفًا. حُفظ باسم ⁨%1⁩ وبُدئ سجل جديد. لم يُفقد شيء: الملفات الموجودة على الويكي يُعثر عليها بمجموع التحقق.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved as %1.</source>
        <translation>حُفظ التقرير باسم ⁨%1⁩.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The gallery wikitext is on the clipboard.</source>
        <translation>نُسخ نص الويكي للمعرض إلى الحافظة.</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../src/glamuploader/ui/viewer.py" line="+284"/>
        <source>This file cannot be shown: it is not a picture the viewer can read, or it is damaged. Check it in the list of problems.</source>
        <translation>لا يمكن عرض هذا الملف: فهو ليس صورة يستطيع العارض قراءتها، أو أنه تالف. راجعه في قائمة المشكلات.</translation>
    </message>
</context>
<context>
    <name>_LocationEditor</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/fieldwidgets.py" line="+105"/>
        <source>latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heading °</source>
        <translation>الاتجاه °</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this place on OpenStreetMap in your browser</source>
        <translation>اعرض هذا المكان على OpenStreetMap في متصفحك</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>removed from the upload</source>
        <translation>أُزيل من الرفع</translation>
    </message>
</context>
<context>
    <name>_TextRow</name>
    <message>
        <location filename="../src/glamuploader/ui/editor/langtexts.py" line="-39"/>
        <source>(differs between the selected files)</source>
        <translation>(يختلف بين الملفات المحددة)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove this language</source>
        <translation>إزالة هذه اللغة</translation>
    </message>
</context>
</TS>
