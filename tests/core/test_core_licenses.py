from __future__ import annotations

import pytest

from glamuploader.core.licenses import (COPYRIGHTED, DEDICATED_TO_PUBLIC_DOMAIN, LICENSES,
                                        PUBLIC_DOMAIN, get_license, is_own_work)

REQUIRED = ["cc0", "cc-by-4.0", "cc-by-sa-4.0", "cc-by-sa-3.0", "cc-by-3.0", "pd-old-70",
            "pd-old-100", "pd-art", "pd-us-expired", "pd-usgov"]


def test_catalogue_has_every_required_licence_once_in_order():
    ids = [lic.id for lic in LICENSES]
    assert ids == REQUIRED
    assert len(set(ids)) == len(ids)


def test_own_work_cc_by_sa_uses_self_template():
    lic = get_license("cc-by-sa-4.0")
    assert lic.template(own_work=True) == "{{self|cc-by-sa-4.0}}"
    assert lic.template(own_work=False) == "{{cc-by-sa-4.0}}"


@pytest.mark.parametrize("id_, template", [
    ("pd-old-70", "{{PD-old-70}}"), ("pd-old-100", "{{PD-old-100}}"),
    ("pd-art", "{{PD-Art|PD-old-70}}"), ("pd-us-expired", "{{PD-US-expired}}"),
    ("pd-usgov", "{{PD-USGov}}")])
def test_public_domain_licences_use_their_template_and_no_p275(id_, template):
    lic = get_license(id_)
    assert lic.public_domain and lic.own_work_template is None
    assert lic.template(own_work=True) == template
    assert lic.sdc_license is None and lic.copyright_status == PUBLIC_DOMAIN and lic.spdx is None


@pytest.mark.parametrize("id_, qid, spdx", [
    ("cc-by-sa-4.0", "Q18199165", "CC-BY-SA-4.0"), ("cc-by-4.0", "Q20007257", "CC-BY-4.0"),
    ("cc-by-sa-3.0", "Q14946043", "CC-BY-SA-3.0"), ("cc-by-3.0", "Q14947546", "CC-BY-3.0")])
def test_creative_commons_licences_carry_commons_q_ids(id_, qid, spdx):
    lic = get_license(id_)
    assert (lic.sdc_license, lic.copyright_status, lic.spdx) == (qid, COPYRIGHTED, spdx)
    assert lic.url.startswith("https://creativecommons.org/licenses/") and not lic.public_domain


def test_cc0_is_own_work_only_and_dedicated_to_the_public_domain():
    lic = get_license("cc0")
    assert lic.own_work_only and lic.template(own_work=True) == "{{self|cc-zero}}"
    assert (lic.sdc_license, lic.copyright_status) == ("Q6938433", DEDICATED_TO_PUBLIC_DOMAIN)


def test_every_licence_has_a_name_a_url_and_a_fits_key():
    for lic in LICENSES:
        assert lic.name and lic.url.startswith("https://") and lic.fits.replace("-", "").isalnum()


def test_unknown_licence_is_none_and_lookup_ignores_case():
    assert get_license("gfdl") is None
    assert get_license(" CC-BY-SA-4.0 ").id == "cc-by-sa-4.0"


@pytest.mark.parametrize("source, own", [("", True), ("{{own}}", True), ("Own work", True),
                                         ("https://museum.example/1", False)])
def test_own_work_follows_the_source(source, own):
    assert is_own_work(license=get_license("cc-by-4.0"), source=source) is own


def test_public_domain_is_never_own_work():
    assert not is_own_work(license=get_license("pd-old-70"), source="")
    assert not is_own_work(license=None, source="")
