import { renderToString } from 'react-dom/server';
import { ADDIN_NAME, App } from './app';

describe('App', () => {
  it('renders the add-in name inside Fluent UI', () => {
    const html = renderToString(<App />);
    expect(html).toContain(`>${ADDIN_NAME}</h1>`);
    expect(html).toMatch(/class="fui-FluentProvider/);
  });
});
