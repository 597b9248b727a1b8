import { render } from 'preact';
import { CheckReply } from '../../components/CheckReply';
import { requestAnalysis } from '../../messaging/analyze-client';
import '../../components/speclens.css';
import './popup.css';

function Popup() {
  return (
    <main class="popup">
      <header class="popup__head">
        <img class="popup__logo" src="/icon-32.png" width={20} height={20} alt="" />
        <div>
          <h1 class="popup__title">SpecLens</h1>
          <p class="popup__tagline">Check a reply against the OpenAI Model Spec</p>
        </div>
      </header>
      <CheckReply analyze={requestAnalysis} />
      <footer class="popup__foot">Runs locally. Nothing you paste leaves your browser.</footer>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
