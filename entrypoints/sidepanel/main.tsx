import { i18n } from '#imports';
import { mountPage } from '@/components/mount';
import { SidePanelApp } from './SidePanelApp';
import './panel.css';

mountPage(i18n.t('sidepanel.title'), <SidePanelApp />);
