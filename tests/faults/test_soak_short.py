"""The soak run in its short form: a batch goes up through a fault proxy that drops connections
(before and after the wiki acted), stalls, answers 502/503, cuts answers short and answers
maxlag and ratelimited; Upload is pressed again until it is done, and every file is on the real
sandbox wiki exactly once."""
from __future__ import annotations

import re
import urllib.error
import urllib.request

import pytest
from faults.proxy import FAULT_KINDS, FaultProxy, request_params
from faults.soak import run

pytestmark = pytest.mark.wiki


def test_uploads_through_a_faulty_network_land_every_file_exactly_once(sandbox, capsys):
    code = run(["--files", "20", "--big", "2", "--rate", "0.25", "--seed", "3"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "duplicates on the wiki 0, lost 0, unexplained 0, failed while on the wiki 0" in out
    kinds = re.search(r"faults \d+ \(([^)]*)\)", out)[1]      # "drop 5, drop-after 1, ..."
    served = {kind: int(n) for kind, n in re.findall(r"([\w-]+) (\d+)", kinds)}
    assert {"drop", "drop-after", "stall", "short"} <= set(served) and len(served) >= 5, served


def test_the_fault_proxy_spares_the_login_and_faults_everything_else(sandbox):
    with FaultProxy(sandbox.server, seed=5, rate=1.0, kinds=("503",)) as proxy:
        with urllib.request.urlopen(f"{proxy.api_url}?action=query&meta=tokens&type=login&format=json",
                                    timeout=30) as resp:
            assert b"logintoken" in resp.read()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{proxy.api_url}?action=query&meta=siteinfo&format=json", timeout=30)
    assert refused.value.code == 503
    assert proxy.counts == {"503": 1} and proxy.log[0].request == "query meta=siteinfo"


def test_the_same_seed_gives_the_same_faults_to_the_same_requests(sandbox):
    requests = [{"action": "query", "list": "allimages"}, {"action": "upload", "filename": "A.jpg"},
                {"action": "clientlogin"}, {"action": "query", "meta": "tokens", "type": "login"}] * 50
    drawn = []
    for _ in range(2):
        with FaultProxy(sandbox.server, seed=11, rate=0.5) as proxy:
            drawn.append([proxy.fault_for(p, upload=p["action"] == "upload") for p in requests])
    assert drawn[0] == drawn[1]
    assert set(drawn[0]) == {None, *FAULT_KINDS}
    assert all(fault is None for params, fault in zip(requests, drawn[0]) if "login" in str(params))


def test_the_parameters_of_a_multipart_upload_are_read_and_its_file_is_left_out():
    body = (b'--XyZ\nContent-Type: text/plain\nContent-Disposition: form-data; name="action"\n\nupload\n'
            b'--XyZ\nContent-Disposition: form-data; name="offset"\n\n1048576\n'
            b'--XyZ\nContent-Disposition: form-data; name="chunk"; filename="FAKE"\n\n\x00\x01\n--XyZ--\n')
    params = request_params("format=json", body, 'multipart/form-data; boundary="XyZ"')
    assert params == {"format": "json", "action": "upload", "offset": "1048576"}
